using JakKb.Diagnostics;
using JakKb.Rendering;

namespace JakKb.Publishing;

/// <summary>
/// The publishing stage: writes the rendered files into a fresh folder beside the output and swaps it in only
/// when every file is written. A failed or killed build leaves the previous site exactly as it was.
/// </summary>
public static class SitePublisher
{
    /// <summary>output/ holds a committed README; the build writes the same file so a build leaves git clean.</summary>
    public const string OutputReadme = """
        # output/

        The default build destination of `dotnet run --project generator -- build`.
        Everything here except this file is generated and git-ignored; never edit it by hand.

        """;

    private const string StagingPrefix = ".jakkb-staging-";

    /// <summary>
    /// Publishes, or reports why the output folder may not be replaced (<see cref="DiagnosticCodes.UnsafeOutputFolder"/>)
    /// and leaves it untouched. <paramref name="protectedDirs"/> (the input, the theme) may neither be nor hold nor
    /// sit inside the output.
    /// </summary>
    public static bool TryPublish(string outputDir, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, params string[] protectedDirs)
    {
        try
        {
            Publish(outputDir, files, protectedDirs);
            return true;
        }
        catch (UnsafeOutputFolderException e)
        {
            diagnostics.Error(SourceSpan.File(outputDir), DiagnosticCodes.UnsafeOutputFolder, e.Message);
            return false;
        }
    }

    public static void Publish(string outputDir, IReadOnlyList<OutputFile> files, params string[] protectedDirs)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        // Publishing replaces the whole folder, so it must be one a build made: never the input, a repository or a home folder.
        if (TargetProblem(target, Path.GetDirectoryName(target), protectedDirs) is { } problem) throw new UnsafeOutputFolderException(problem);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));

        var all = files.Append(new OutputFile("README.md", System.Text.Encoding.UTF8.GetBytes(OutputReadme))).ToList();
        var escaping = all.FirstOrDefault(f => !IsInside(target, f.Path));
        // Ids are validated as slugs already; this guard holds even if a future page type forgets to.
        if (escaping is not null) throw new InvalidOperationException($"Refusing to write '{escaping.Path}' outside the output folder.");

        // Staging sits beside the output, on the same file system, so the final swap is a rename, not a copy.
        var staging = Path.Combine(parent, $"{StagingPrefix}{Path.GetFileName(target)}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            // Folders first, once each: creating them from the writing threads contended on the same parent
            // folders and cost more than writing the files.
            foreach (var folder in all.Select(f => Path.GetDirectoryName(f.Path)).OfType<string>().Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(staging, folder));
            Parallel.ForEach(all, file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));
            AtomicSwap.Exchange(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static string? TargetProblem(string target, string? parent, IEnumerable<string> protectedDirs)
    {
        if (parent is null) return $"Refusing to replace '{target}', a file system root; pass --output a folder of its own.";
        foreach (var dir in protectedDirs.Select(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar)))
        {
            if (Within(target, dir) || Within(dir, target))
                return $"The output folder '{target}' overlaps '{dir}', which the build reads; pass --output a separate folder.";
        }
        if (File.Exists(target)) return $"The output '{target}' is a file; pass --output a folder.";
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any()) return null;
        var readme = Path.Combine(target, "README.md");
        var isOurs = File.Exists(readme) && File.ReadAllText(readme).ReplaceLineEndings("\n") == OutputReadme.ReplaceLineEndings("\n");
        return isOurs ? null
            : $"The output folder '{target}' holds files that a JakKb build did not write (it has no JakKb README.md); a build replaces the whole folder, so pass --output an empty folder or a previous output.";
    }

    private static bool Within(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsInside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>A build killed mid-write leaves a staging folder behind; it is never the live site, so it can go.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $"{StagingPrefix}{name}-*"))
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { /* another build may be using it; it will be removed next time */ }
        }
    }
}

/// <summary>The output folder is not one a build may replace; nothing was written.</summary>
public sealed class UnsafeOutputFolderException(string message) : InvalidOperationException(message);
