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

    /// <summary>
    /// Publishes, or reports why the output folder may not be replaced (<see cref="DiagnosticCodes.UnsafeOutputFolder"/>)
    /// and leaves it untouched. <paramref name="protectedDirs"/> (the input, the theme) may neither be nor hold nor
    /// sit inside the output.
    /// </summary>
    public static bool TryPublish(string outputDir, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, string[] protectedDirs, OutputLock held,
        FileWrite? write = null)
    {
        try
        {
            Publish(outputDir, files, protectedDirs, held, write);
            return true;
        }
        catch (UnsafeOutputFolderException e)
        {
            diagnostics.Error(SourceSpan.File(outputDir), DiagnosticCodes.UnsafeOutputFolder, e.Message);
            return false;
        }
    }

    /// <summary>Publishes <paramref name="files"/> as the whole site, holding the output's lock meanwhile.</summary>
    public static void Publish(string outputDir, IReadOnlyList<OutputFile> files, params string[] protectedDirs)
    {
        var target = Target(outputDir, protectedDirs);
        using var held = OutputLock.Acquire(target, OutputLock.DefaultWait)
            ?? throw new IOException($"Another build has been writing '{target}' for {OutputLock.DefaultWait.TotalSeconds:0} s.");
        Publish(target, files, protectedDirs, held, null);
    }

    public static void Publish(string outputDir, IReadOnlyList<OutputFile> files, string[] protectedDirs, OutputLock held, FileWrite? write)
    {
        var target = Target(outputDir, protectedDirs);
        // Checked before anything is written, so a bad path leaves the output as it was.
        foreach (var file in files) OutputPath.Inside(target, file.Path);
        held.AwaitSweep();
        using var staging = Begin(target, write);
        foreach (var file in files) staging.Write(file); // queued; the staging folder's writer threads do the I/O
        staging.Commit();
    }

    /// <summary>
    /// Opens a staging folder for a build that writes while it renders, once <paramref name="held"/> (the output's
    /// lock) has swept away what earlier builds left; the caller commits it when the build succeeded. Throws <see cref="UnsafeOutputFolderException"/> when the output may not be replaced.
    /// </summary>
    public static StagingFolder Begin(string outputDir, string[] protectedDirs, OutputLock held, FileWrite? write = null)
    {
        var target = Target(outputDir, protectedDirs);
        held.AwaitSweep();
        return Begin(target, write);
    }

    /// <summary>As <see cref="Begin(string, string[], OutputLock, FileWrite?)"/>, staging in <paramref name="kept"/>, the site an incremental build kept (see <see cref="PreviousSite"/>).</summary>
    public static StagingFolder Reuse(string outputDir, string[] protectedDirs, OutputLock held, string kept, FileWrite? write = null)
    {
        var target = Target(outputDir, protectedDirs);
        held.AwaitSweep();
        return StagingFolder.Adopt(target, kept, write);
    }

    private static StagingFolder Begin(string target, FileWrite? write = null)
    {
        var staging = StagingFolder.Open(target, write);
        staging.Write(new OutputFile("README.md", System.Text.Encoding.UTF8.GetBytes(OutputReadme)));
        return staging;
    }

    /// <summary>
    /// The folder a build into <paramref name="outputDir"/> replaces, as a full path. When the output is a symbolic
    /// link (a common deploy layout: <c>public -> /srv/www/site-a</c>), it is the link's final target: the new site
    /// replaces the target, staged beside it, and the link stays a link. Replacing the link with a folder would
    /// leave whatever serves the target showing the old site.
    /// </summary>
    public static string Resolve(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var link = new DirectoryInfo(full);
        if (link.LinkTarget is null || link.ResolveLinkTarget(returnFinalTarget: true) is not { } target) return full;
        return Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
    }

    /// <summary>Why a build may not replace <paramref name="outputDir"/>, or null when it may; checked again when publishing.</summary>
    public static string? Problem(string outputDir, params string[] protectedDirs)
    {
        var target = Resolve(outputDir);
        return TargetProblem(target, Path.GetDirectoryName(target), protectedDirs);
    }

    /// <summary>Publishing replaces the whole folder, so it must be one a build made: never the input, a repository or a home folder.</summary>
    private static string Target(string outputDir, string[] protectedDirs)
    {
        var target = Resolve(outputDir);
        if (TargetProblem(target, Path.GetDirectoryName(target), protectedDirs) is { } problem) throw new UnsafeOutputFolderException(problem);
        return target;
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
}

/// <summary>The output folder is not one a build may replace; nothing was written.</summary>
public sealed class UnsafeOutputFolderException(string message) : InvalidOperationException(message);
