using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Publishing;
using JakKb.Rendering;
using JakKb.Validation;

namespace JakKb.Building;

/// <summary>
/// What one <c>serve</c> session keeps between its builds: files read, entities checked, bodies scanned. Each stage gets its own
/// cache and decides itself what is still valid, so a build with a session gives the same site as one without.
/// </summary>
public sealed class BuildSession
{
    public LoadCache Loads { get; } = new();

    public ValidationCache Findings { get; } = new();

    public LinkCache Links { get; } = new();

    /// <summary>Each entity's search-index record.</summary>
    public EntityMemo<byte[]> SearchRecords { get; } = new();

    /// <summary>
    /// The manifest of the output this session writes, kept in memory rather than read and checked against the output
    /// each build, and the renderer that made it, to find which pages the next edit can reach.
    /// </summary>
    internal (string OutputDir, OutputManifest Manifest, SiteRenderer Renderer)? Output { get; set; }

    internal (OutputManifest Manifest, SiteRenderer Renderer)? OutputFor(string outputDir) =>
        Output is { } kept && kept.OutputDir == outputDir ? (kept.Manifest, kept.Renderer) : null;
}
