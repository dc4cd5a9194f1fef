using System.Collections.Concurrent;
using JakKb.Diagnostics;
using JakKb.Publishing;
using JakKb.Rendering;

namespace JakKb.Building;

/// <summary>
/// Rebuilds only what changed since the last build into the same output: every file whose inputs' fingerprint
/// differs from the manifest's, or that is missing or was changed by hand, is rendered again; files the site no
/// longer has are deleted. Without a usable manifest (first build, a new theme or generator, a killed build) it
/// declines, and the caller builds in full.
/// </summary>
internal static class IncrementalBuild
{
    public const string ReadmePath = "README.md";

    /// <summary>The rendered changes, or null when only a full build will do.</summary>
    public static Update? Plan(BuildOptions options, SiteRenderer renderer, DiagnosticBag diagnostics)
    {
        var site = renderer.SiteInputs();
        if (OutputManifest.Read(options.OutputDir) is not { } manifest || manifest.Site != site) return null;
        var onDisk = OutputManifest.Stat(options.OutputDir);
        if (!onDisk.ContainsKey(ReadmePath)) return null;

        var plan = renderer.Plan().ToList();
        var inputs = new UInt128[plan.Count];
        Parallel.For(0, plan.Count, i => inputs[i] = plan[i].Inputs());
        var stale = plan.Where((file, i) => !Current(manifest, onDisk, file.Path, inputs[i])).ToList();

        var rendered = new ConcurrentBag<OutputFile>();
        renderer.Render(stale, rendered.Add, diagnostics);
        var planned = plan.Select(f => f.Path).Append(ReadmePath).ToHashSet(StringComparer.Ordinal);
        var removed = onDisk.Keys.Where(p => !planned.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var fingerprints = plan.Select((f, i) => (f.Path, inputs[i])).ToDictionary(x => x.Path, x => x.Item2, StringComparer.Ordinal);
        return new Update(site, fingerprints, rendered.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), removed,
            plan.Count(f => f.IsPage), stale.Count(f => f.IsPage));
    }

    /// <summary>Up to date: made from the same inputs, and still the file that build wrote.</summary>
    private static bool Current(OutputManifest manifest, Dictionary<string, (long Length, long ModifiedTicks)> onDisk, string path, UInt128 inputs) =>
        manifest.Files.TryGetValue(path, out var entry) && entry.Inputs == inputs
        && onDisk.TryGetValue(path, out var disk) && disk.Length == entry.Length && disk.ModifiedTicks == entry.ModifiedTicks;

    /// <summary>One incremental build's changes, rendered and not yet written.</summary>
    internal sealed record Update(UInt128 Site, IReadOnlyDictionary<string, UInt128> Inputs, IReadOnlyList<OutputFile> Changed,
        IReadOnlyList<string> Removed, int Pages, int PagesRendered)
    {
        /// <summary>Writes the changes; the manifest is removed first and written last, so an interrupted write is never trusted.</summary>
        public void Apply(string outputDir)
        {
            OutputManifest.Delete(outputDir);
            InPlaceUpdate.Apply(outputDir, Changed, Removed);
            var onDisk = OutputManifest.Stat(outputDir);
            new OutputManifest(Site, Inputs.ToDictionary(f => f.Key, f => Entry(f.Value, onDisk[f.Key]), StringComparer.Ordinal)).Write(outputDir);
        }
    }

    /// <summary>Records a full build's output, so the next incremental build has something to compare with.</summary>
    public static void Record(string outputDir, SiteRenderer renderer, IEnumerable<PlannedFile> plan)
    {
        var onDisk = OutputManifest.Stat(outputDir);
        var files = plan.AsParallel().Where(f => onDisk.ContainsKey(f.Path))
            .Select(f => (f.Path, Entry: Entry(f.Inputs(), onDisk[f.Path])))
            .ToDictionary(x => x.Path, x => x.Entry, StringComparer.Ordinal);
        new OutputManifest(renderer.SiteInputs(), files).Write(outputDir);
    }

    private static ManifestEntry Entry(UInt128 inputs, (long Length, long ModifiedTicks) disk) => new(inputs, disk.Length, disk.ModifiedTicks);
}
