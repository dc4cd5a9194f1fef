using System.Diagnostics;

namespace JakKb.Serving;

/// <summary>
/// The temporary output of <c>jakkb serve</c> when no --output is given: <c>jakkb-serve-&lt;pid&gt;</c> in the temp
/// folder, removed when serve stops. Folders left by a serve that was killed (its process is gone) are removed at the
/// next start, so they do not pile up.
/// </summary>
public static class PreviewFolder
{
    public const string Prefix = "jakkb-serve-";

    public static string For(int processId) => Path.Combine(Path.GetTempPath(), Prefix + processId);

    /// <summary>Removes the preview folders of serve processes that no longer run.</summary>
    public static void RemoveStale()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(dir)[Prefix.Length..], out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            Remove(dir);
        }
    }

    /// <summary>Removes <paramref name="dir"/>; a file held open elsewhere must not turn a clean stop into a crash.</summary>
    public static void Remove(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next start's RemoveStale.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
