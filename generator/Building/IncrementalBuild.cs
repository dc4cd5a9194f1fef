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

    /// <summary>
    /// The rendered changes, or null when only a full build will do. <paramref name="kept"/> is the manifest a
    /// <c>serve</c> session kept in memory for the output it alone writes, with the renderer that wrote it: it is
    /// trusted, so the output is not listed again; without it the manifest is read from disk and checked against
    /// every file.
    /// </summary>
    public static Update? Plan(BuildOptions options, SiteRenderer renderer, DiagnosticBag diagnostics, (OutputManifest Manifest, SiteRenderer Renderer)? kept)
    {
        var site = renderer.SiteInputs;
        var manifest = kept?.Manifest ?? OutputManifest.Read(options.OutputDir);
        if (manifest is null || manifest.Site != site) return null;
        var onDisk = kept is null ? OutputManifest.Stat(options.OutputDir) : null;
        if (onDisk is not null && !onDisk.ContainsKey(ReadmePath)) return null;

        var plan = renderer.Plan().ToList();
        // A file the change cannot reach keeps the fingerprint the kept manifest gives it.
        var reach = kept is { } previous ? renderer.ReachFrom(previous.Renderer) : null;
        var inputs = new UInt128[plan.Count];
        Parallel.For(0, plan.Count, i => inputs[i] =
            reach is not null && plan[i].Reached is { } reached && !reached(reach) && manifest.Files.TryGetValue(plan[i].Path, out var entry)
                ? entry.Inputs
                : plan[i].Inputs());
        var stale = plan.Where((file, i) => !Current(manifest, onDisk, file.Path, inputs[i])).ToList();

        var rendered = new ConcurrentBag<OutputFile>();
        renderer.Render(stale, rendered.Add, diagnostics);
        var planned = plan.Select(f => f.Path).Append(ReadmePath).ToHashSet(StringComparer.Ordinal);
        var removed = (onDisk?.Keys ?? manifest.Files.Keys).Where(p => !planned.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var fingerprints = plan.Select((f, i) => (f.Path, inputs[i])).ToDictionary(x => x.Path, x => x.Item2, StringComparer.Ordinal);
        return new Update(manifest, site, fingerprints, rendered.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), removed,
            plan.Count(f => f.IsPage), stale.Count(f => f.IsPage));
    }

    /// <summary>Up to date: made from the same inputs, and (when the output is checked) still the file that build wrote.</summary>
    private static bool Current(OutputManifest manifest, Dictionary<string, (long Length, long ModifiedTicks)>? onDisk, string path, UInt128 inputs) =>
        manifest.Files.TryGetValue(path, out var entry) && entry.Inputs == inputs
        && (onDisk is null || (onDisk.TryGetValue(path, out var disk) && disk.Length == entry.Length && disk.ModifiedTicks == entry.ModifiedTicks));

    /// <summary>One incremental build's changes, rendered and not yet written.</summary>
    internal sealed record Update(OutputManifest Previous, UInt128 Site, IReadOnlyDictionary<string, UInt128> Inputs,
        IReadOnlyList<OutputFile> Changed, IReadOnlyList<string> Removed, int Pages, int PagesRendered)
    {
        /// <summary>
        /// Writes the changes and returns the new manifest. The manifest on disk is removed first and, unless a
        /// session keeps it in memory, written last, so an interrupted write is never trusted.
        /// </summary>
        /// <remarks>
        /// <c>build --incremental</c> stages the new site beside the old one, as a full build does, and swaps it in
        /// whole: a kill or a full disk leaves the whole old site or the whole new one. The unchanged files are hard
        /// links to the old site's, so staging costs a link per file, not a copy; and the site it replaces is kept to
        /// stage the next incremental build in, which then costs a few operations per changed file (see
        /// <see cref="PreviousSite"/>). <c>serve</c> (<paramref name="inPlace"/>)
        /// writes the changed files in place instead: its output is a preview that the next edit rebuilds anyway.
        /// </remarks>
        public OutputManifest Apply(BuildOptions options, OutputLock held, bool inPlace)
        {
            var outputDir = options.OutputDir;
            OutputManifest.Delete(outputDir);
            if (inPlace) InPlaceUpdate.Apply(outputDir, Changed, Removed);
            else if (Changed.Count > 0 || Removed.Count > 0) Stage(options, held); // else the live site is the new one already
            var written = Changed.ToDictionary(f => f.Path, f => Stat(outputDir, f.Path), StringComparer.Ordinal);
            var manifest = new OutputManifest(Site, Inputs.ToDictionary(f => f.Key,
                f => written.TryGetValue(f.Key, out var disk) ? Entry(f.Value, disk) : Previous.Files[f.Key], StringComparer.Ordinal));
            if (!inPlace) manifest.Write(outputDir);
            return manifest;
        }

        private void Stage(BuildOptions options, OutputLock held)
        {
            var live = Path.GetFullPath(options.OutputDir).TrimEnd(Path.DirectorySeparatorChar);
            var changed = Changed.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            string[] protectedDirs = [options.InputDir, options.ThemeDir];
            // Taken only once the lock's sweep is done: the sweep deletes a kept site that has no record.
            held.AwaitSweep();
            var kept = PreviousSite.Take(live);
            using var staging = kept is { } k
                ? SitePublisher.Reuse(live, protectedDirs, held, k.Folder, options.WriteFile)
                : SitePublisher.Begin(live, protectedDirs, held, options.WriteFile);
            if (kept is { } previous)
            {
                // The kept site is the one before the last incremental build: it differs from the live site where
                // that build wrote, and from the new one where this build writes. Those files go first (they may be
                // the live site's own, linked), and what the new site keeps of the live one is linked back.
                foreach (var path in previous.Differs.Concat(changed).Concat(Removed).Distinct(StringComparer.Ordinal)) staging.Remove(path);
                Parallel.ForEach(previous.Differs.Where(p => Inputs.ContainsKey(p) && !changed.Contains(p)), p => staging.Link(p, Path.Combine(live, p)));
            }
            else
            {
                Parallel.ForEach(Inputs.Keys.Where(p => !changed.Contains(p)), p => staging.Link(p, Path.Combine(live, p)));
            }
            foreach (var file in Changed) staging.Write(file);
            staging.Commit(keepPrevious: true);
            PreviousSite.Keep(live, staging.Path, changed.Concat(Removed));
        }
    }

    /// <summary>Records a full build's output, so the next incremental build has something to compare with.</summary>
    public static OutputManifest Record(string outputDir, SiteRenderer renderer, IEnumerable<PlannedFile> plan)
    {
        var onDisk = OutputManifest.Stat(outputDir);
        var files = plan.AsParallel().Where(f => onDisk.ContainsKey(f.Path))
            .Select(f => (f.Path, Entry: Entry(f.Inputs(), onDisk[f.Path])))
            .ToDictionary(x => x.Path, x => x.Entry, StringComparer.Ordinal);
        var manifest = new OutputManifest(renderer.SiteInputs, files);
        manifest.Write(outputDir);
        return manifest;
    }

    private static (long, long) Stat(string outputDir, string relative)
    {
        var file = new FileInfo(Path.Combine(outputDir, relative));
        return (file.Length, file.LastWriteTimeUtc.Ticks);
    }

    private static ManifestEntry Entry(UInt128 inputs, (long Length, long ModifiedTicks) disk) => new(inputs, disk.Length, disk.ModifiedTicks);
}
