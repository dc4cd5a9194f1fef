using System.Diagnostics;

namespace JakKb.Publishing;

/// <summary>
/// Held by a build for as long as it may write an output, so two builds into one output take turns instead of
/// publishing each other's half-written staging folders. The lock is the operating system's (an open file that
/// shares nothing, <c>flock</c> on Linux), so a crashed or killed build releases it with its process; the file
/// itself stays and means nothing. It lives in <c>.jakkb-cache/</c> beside the output, never in the published site.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _held;
    private readonly Task _sweep;

    private OutputLock(FileStream held, string target)
    {
        _held = held;
        // What earlier builds left beside the output (a killed build's staging folder, an incremental build's
        // previous site) belongs to no running build now; it is removed while this build loads and renders.
        _sweep = Task.Run(() => StagingFolder.RemoveLeftovers(target));
    }

    /// <summary>Waits until the leftovers of earlier builds are gone, before a staging folder is opened beside them.</summary>
    public void AwaitSweep() => _sweep.GetAwaiter().GetResult();

    /// <summary>How long a build waits for another build of the same output before it gives up.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    public static string PathFor(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(target) ?? target, OutputManifest.CacheFolder, Path.GetFileName(target) + ".lock");
    }

    /// <summary>Takes the lock of <paramref name="outputDir"/>, waiting up to <paramref name="wait"/>; null when another build still holds it.</summary>
    public static OutputLock? Acquire(string outputDir, TimeSpan wait)
    {
        var path = PathFor(outputDir);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None),
                    Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar));
            }
            catch (IOException e) when (HeldElsewhere(e))
            {
                if (clock.Elapsed >= wait) return null;
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(100, Math.Max(1, (wait - clock.Elapsed).TotalMilliseconds))));
            }
            catch (Exception e) when (OutputWriteException.IsWriteFailure(e))
            {
                throw new OutputWriteException(path, 0, e); // a folder beside the output that cannot be written
            }
        }
    }

    /// <summary>
    /// The lock is taken: EWOULDBLOCK (11 on Linux, 35 on macOS) from <c>flock</c>, whose errno .NET passes on as the
    /// HResult, or a sharing or lock violation on Windows.
    /// </summary>
    private static bool HeldElsewhere(IOException e) =>
        e.HResult is 11 or 35 || ((e.HResult & 0xFFFF) is 32 or 33 && (e.HResult >>> 16) == 0x8007);

    public void Dispose()
    {
        // Released only once the sweep is done, so that no two builds delete the same folder.
        try { _sweep.Wait(); }
        catch (AggregateException) { /* a leftover that cannot be deleted now is tried again by the next build */ }
        _held.Dispose();
    }
}
