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
    /// <summary>Pages rendered by this build: all of them, or after an incremental build only those that changed.</summary>
    public int PagesRendered { get; init; } = Pages;

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
