using System.Diagnostics;
using System.Globalization;
using JakKb.Building;

// The edit-to-output loop of `jakkb serve`, in process: one full build, then one fact-file edit after another,
// each rebuilt incrementally with the session serve keeps. Times run from the saved edit to the last byte written;
// serve adds its 40 ms quiet period (editors save in several steps) and the browser's reload on top.
// usage: EditLoop INPUT OUTPUT [EDITS [THEME]]   (INPUT is modified: pass a copy of a Synth site; THEME defaults to ./theme)
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: EditLoop INPUT OUTPUT [EDITS [THEME]]");
    return 2;
}
var input = args[0];
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var theme = args.Length > 3 ? args[3] : "theme";
var options = new BuildOptions(input, args[1], theme, CheckLinks: false, Incremental: true);
var session = new BuildSession();
var first = SiteBuilder.Build(options, session);
Console.WriteLine($"full build: {first.Elapsed.TotalMilliseconds:F0} ms, {first.Pages} pages");
if (!first.Succeeded) return 1;

// Facts live on drugs and trials; every edit changes one fact value of a different file.
var files = new[] { "drugs", "trials" }.SelectMany(d => Directory.GetFiles(Path.Combine(input, d), "*.md")).Order(StringComparer.Ordinal).ToArray();
var times = new List<double>();
for (var i = 0; i < edits; i++)
{
    var file = files[i * 37 % files.Length];
    var text = File.ReadAllText(file);
    var facts = text.IndexOf("facts:", StringComparison.Ordinal);
    var value = facts < 0 ? -1 : text.IndexOf("value: \"", facts, StringComparison.Ordinal);
    File.WriteAllText(file, value < 0 ? text + "\nEdited.\n" : text.Insert(value + 8, "1"));
    var clock = Stopwatch.StartNew();
    var result = SiteBuilder.Build(options, session);
    times.Add(clock.Elapsed.TotalMilliseconds);
    if (!result.Succeeded) return 1;
    Console.WriteLine($"edit {Path.GetFileName(file)}: {times[^1]:F0} ms, {result.PagesRendered} of {result.Pages} pages rendered; "
        + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:F0}")));
}
times.Sort();
Console.WriteLine($"edit to output, median of {edits}: {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0})");
return 0;
