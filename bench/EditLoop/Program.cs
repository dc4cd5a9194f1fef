using System.Diagnostics;
using System.Globalization;
using JakKb.Building;

// The edit-to-output loop of `jakkb serve`, in process: one full build, then one edit after another, each rebuilt
// incrementally with the session serve keeps. Edits take turns: a fact value, a sentence of prose (with a wiki link
// and a glossary term), a summary (on the page and its index row), a title (wherever the entity is linked). Times run
// from the saved edit to the last byte written; serve adds its 40 ms quiet period (editors save in several steps)
// and the browser's reload on top.
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

// Facts live on drugs and trials; every edit changes a different file.
var files = new[] { "drugs", "trials" }.SelectMany(d => Directory.GetFiles(Path.Combine(input, d), "*.md")).Order(StringComparer.Ordinal).ToArray();
var kinases = Directory.GetFiles(Path.Combine(input, "kinases"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
var kinds = new (string Name, Func<string, int, string> Edit)[]
{
    ("fact value", (text, _) => text.IndexOf("value: \"", Math.Max(0, text.IndexOf("facts:", StringComparison.Ordinal)), StringComparison.Ordinal) is var at and >= 0
        ? text.Insert(at + 8, "1") : text + "\nEdited.\n"),
    ("prose", (text, i) => text + $"\nIts JAK-STAT signalling was compared with [[{kinases[i % kinases.Length]}]].\n"),
    ("summary", (text, _) => text.Replace("summary: \"", "summary: \"Edited. ", StringComparison.Ordinal)),
    ("title", (text, _) => text.Replace("title: \"", "title: \"Edited ", StringComparison.Ordinal)),
};
var times = new List<(string Kind, double Ms)>();
for (var i = 0; i < edits; i++)
{
    var file = files[i * 37 % files.Length];
    var (kind, edit) = kinds[i % kinds.Length];
    File.WriteAllText(file, edit(File.ReadAllText(file), i));
    var clock = Stopwatch.StartNew();
    var result = SiteBuilder.Build(options, session);
    times.Add((kind, clock.Elapsed.TotalMilliseconds));
    if (!result.Succeeded) return 1;
    Console.WriteLine($"{kind} edit of {Path.GetFileName(file)}: {times[^1].Ms:F0} ms, {result.PagesRendered} of {result.Pages} pages rendered; "
        + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:F0}")));
}
static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
var all = times.Select(t => t.Ms).Order().ToList();
var byKind = string.Join(", ", kinds.Where(k => times.Any(t => t.Kind == k.Name)).Select(k => $"{k.Name} {Median(times.Where(t => t.Kind == k.Name).Select(t => t.Ms)):F0}"));
Console.WriteLine($"edit to output, median of {edits}: {Median(all):F0} ms (min {all[0]:F0}, max {all[^1]:F0}); median by kind: {byKind}");
return 0;
