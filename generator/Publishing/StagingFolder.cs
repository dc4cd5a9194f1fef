using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using JakKb.Rendering;

namespace JakKb.Publishing;

/// <summary>
/// A fresh folder beside the output that a build writes into, file by file and from many threads, while it
/// renders; <see cref="Commit"/> swaps it in whole. Disposed without a commit, it is deleted and the output
/// stays as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    public const string Prefix = ".jakkb-staging-";

    private readonly string _target;
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private readonly BlockingCollection<OutputFile> _queue = new(boundedCapacity: 256);
    private readonly Thread[] _writers;
    private ExceptionDispatchInfo? _failure;
    private bool _committed;

    private StagingFolder(string target, string path)
    {
        _target = target;
        Path = path;
        Directory.CreateDirectory(path);
        // Writing blocks on the disk (creating a folder per page costs more than rendering it on some file
        // systems); dedicated writers keep the rendering threads busy meanwhile. The queue is bounded so a slow
        // disk holds rendering back instead of piling the site up in memory.
        // They are threads of their own, not pool work, so a full queue can never starve them of a thread.
        _writers = Enumerable.Range(0, WriterCount).Select(_ => new Thread(Drain) { IsBackground = true, Name = "jakkb writer" }).ToArray();
        foreach (var writer in _writers) writer.Start();
    }

    private const int WriterCount = 4;

    public string Path { get; }

    /// <summary>Opens a staging folder for <paramref name="target"/>, on the same file system so the swap is a rename.</summary>
    public static StagingFolder Open(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, System.IO.Path.GetFileName(target));
        return new StagingFolder(target, System.IO.Path.Combine(parent, $"{Prefix}{System.IO.Path.GetFileName(target)}-{Guid.NewGuid():N}"));
    }

    /// <summary>Queues <paramref name="file"/> for writing; safe to call from many threads.</summary>
    public void Write(OutputFile file)
    {
        _failure?.Throw();
        _queue.Add(file);
    }

    private void Drain()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            try
            {
                WriteNow(file);
            }
            catch (Exception e)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    private void WriteNow(OutputFile file)
    {
        var path = OutputPath.Inside(Path, file.Path);
        var folder = System.IO.Path.GetDirectoryName(path)!;
        // Each folder is created once (creating it again from every writer contended on the parent folder), and a
        // writer that needs a folder another writer is creating waits for it.
        _ = _folders.GetOrAdd(folder, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;
        File.WriteAllBytes(path, file.Content);
    }

    public void Commit()
    {
        Flush();
        AtomicSwap.Exchange(Path, _target);
        _committed = true;
        // After an exchange the staging path holds the previous site; after a first build, nothing.
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    /// <summary>Waits until every queued file is on disk; a failed write surfaces here.</summary>
    private void Flush()
    {
        _queue.CompleteAdding();
        foreach (var writer in _writers) writer.Join();
        _failure?.Throw();
    }

    public void Dispose()
    {
        if (_committed) return;
        try
        {
            Flush();
        }
        catch (Exception)
        {
            // The build failed already; what matters is that the staging folder goes.
        }
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    /// <summary>A build killed mid-write leaves a staging folder behind; it is never the live site, so it can go.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $"{Prefix}{name}-*"))
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { /* another build may be using it; it will be removed next time */ }
        }
    }
}
