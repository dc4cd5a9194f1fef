using System.Globalization;

namespace JakKb.Building;

/// <summary>Prints diagnostics in MSBuild's canonical form and a one-line summary.</summary>
public static class BuildReport
{
    public static void Print(BuildResult result, TextWriter output, bool timings = false)
    {
        if (timings)
            output.WriteLine("Stages: " + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms")));
        foreach (var d in result.Diagnostics) output.WriteLine(d);
        var ms = result.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        output.WriteLine(result.Succeeded
            ? $"Built {result.Pages} pages{(result.PagesRendered == result.Pages ? "" : $" ({result.PagesRendered} re-rendered, the rest unchanged)")}; {result.Errors} errors, {result.Warnings} warnings in {ms} ms."
            : $"Build failed: {result.Errors} errors, {result.Warnings} warnings in {ms} ms; the previous output was left as it was.");
    }
}
