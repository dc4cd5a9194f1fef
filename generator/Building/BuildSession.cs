using JakKb.Publishing;
using JakKb.Rendering;

namespace JakKb.Building;

/// <summary>
/// What one <c>serve</c> session keeps between its builds: the memo of every step's results, and the output it
/// wrote with the renderer (and so the graph) that made it, which the next build updates for the files that changed.
/// </summary>
public sealed class BuildSession
{
    public Memo Memo { get; } = new();

    /// <summary>
    /// The manifest of the output this session writes, kept in memory rather than read and checked against the output
    /// each build, and the renderer that made it, to find which pages the next edit can reach.
    /// </summary>
    internal (string OutputDir, OutputManifest Manifest, SiteRenderer Renderer)? Output { get; set; }

    internal (OutputManifest Manifest, SiteRenderer Renderer)? OutputFor(string outputDir) =>
        Output is { } kept && kept.OutputDir == outputDir ? (kept.Manifest, kept.Renderer) : null;
}
