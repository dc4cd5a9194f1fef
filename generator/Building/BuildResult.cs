using JakKb.Diagnostics;
using JakKb.Rendering;

namespace JakKb.Building;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    int Pages,
    TimeSpan Elapsed,
    bool Succeeded,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
