using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using JakKb.Rendering;

namespace JakKb.Publishing;

/// <summary>
/// A fresh folder beside the output that a build writes into, file by file and from many threads, while it
/// renders; <see cref="Commit"/> swaps it in whole. Disposed without a commit, it is deleted and the output
/// stays as it was.
/// </summary>
public sealed partial class StagingFolder : IDisposable
{
    public const string Prefix = ".jakkb-staging-";

    private readonly string _target;
    private readonly FileWrite _write;
    private long _written;
    private readonly ConcurrentDictionary<string, Lazy<string>> _folders = new(StringComparer.Ordinal);
    private readonly BlockingCollection<OutputFile> _queue = new(boundedCapacity: 256);
    private readonly Thread[] _writers;
    private ExceptionDispatchInfo? _failure;
    private bool _committed;

    private StagingFolder(string target, string path, FileWrite write)
    {
        _target = target;
        _write = write;
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

    /// <summary>
    /// Opens a staging folder for <paramref name="target"/>, on the same file system so the swap is a rename. The
    /// caller holds the target's <see cref="OutputLock"/>, which has removed the staging folders earlier builds left.
    /// </summary>
    public static StagingFolder Open(string target, FileWrite? write = null)
    {
        var parent = System.IO.Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        return new StagingFolder(target, System.IO.Path.Combine(parent, $"{Prefix}{System.IO.Path.GetFileName(target)}-{Guid.NewGuid():N}"),
            write ?? File.WriteAllBytes);
    }

    /// <summary>
    /// Turns <paramref name="kept"/>, a site an earlier build replaced (see <see cref="PreviousSite"/>), into the staging
    /// folder of <paramref name="target"/>. Its files may be the live site's own (hard links): the caller removes
    /// each file it will write before writing it, and nothing here ever writes into an existing file.
    /// </summary>
    public static StagingFolder Adopt(string target, string kept, FileWrite? write = null)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, $"{Prefix}{System.IO.Path.GetFileName(target)}-{Guid.NewGuid():N}");
        Directory.Move(kept, path);
        return new StagingFolder(target, path, write ?? File.WriteAllBytes);
    }

    /// <summary>Removes <paramref name="relative"/> from the staging folder if it is there, and the folders it leaves empty.</summary>
    public void Remove(string relative)
    {
        var path = OutputPath.Inside(Path, relative);
        try
        {
            if (!File.Exists(path)) return;
            File.Delete(path);
            var root = Path.TrimEnd(System.IO.Path.DirectorySeparatorChar);
            for (var folder = System.IO.Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length
                 && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = System.IO.Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
        catch (Exception e) when (OutputWriteException.IsWriteFailure(e))
        {
            throw new OutputWriteException(System.IO.Path.Combine(_target, relative), Interlocked.Read(ref _written), e);
        }
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
        try
        {
            CreateFolder(folder);
            _write(path, file.Content);
        }
        catch (Exception e) when (OutputWriteException.IsWriteFailure(e))
        {
            // Named by its place in the output, where the contributor will look for it, not in the staging folder.
            throw new OutputWriteException(System.IO.Path.Combine(_target, file.Path), Interlocked.Add(ref _written, file.Content.Length), e);
        }
        Interlocked.Add(ref _written, file.Content.Length);
    }

    private void CreateFolder(string folder) =>
        _ = _folders.GetOrAdd(folder, f => new Lazy<string>(() => Directory.CreateDirectory(f).FullName)).Value;

    /// <summary>
    /// Puts the file at <paramref name="existing"/> (a file of the live site, unchanged since) at <paramref name="relative"/>
    /// in the staging folder: a hard link where the file system has them, which costs no space and no copying, else a
    /// copy. Safe to call from many threads. Nothing ever writes into a published file (every write is a new file or a
    /// rename), so the old site and the new one can share it.
    /// </summary>
    public void Link(string relative, string existing)
    {
        var path = OutputPath.Inside(Path, relative);
        try
        {
            CreateFolder(System.IO.Path.GetDirectoryName(path)!);
            if (OperatingSystem.IsLinux() && HardLink(existing, path) == 0) return;
            if (OperatingSystem.IsLinux() && Marshal.GetLastPInvokeError() == OutputWriteException.Enospc)
                throw new IOException($"No space left on device: '{path}'", OutputWriteException.Enospc);
            File.Copy(existing, path);
            // The manifest knows the unchanged file by its size and time; the copy keeps them.
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(existing));
        }
        catch (Exception e) when (OutputWriteException.IsWriteFailure(e))
        {
            throw new OutputWriteException(System.IO.Path.Combine(_target, relative), Interlocked.Read(ref _written), e);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int HardLink(string existing, string link);

    /// <summary>
    /// Swaps the staged site in. The previous site then sits at <see cref="Path"/>: it is deleted now, unless
    /// <paramref name="keepPrevious"/>, when the next build of the output deletes it while it loads (see
    /// <see cref="OutputLock"/>). An incremental build keeps it: its files are hard links to the new site's, so it
    /// costs little space, and deleting a folder per page took longer than the rest of the build.
    /// </summary>
    public void Commit(bool keepPrevious = false)
    {
        Flush();
        try
        {
            PreviousSite.Forget(_target);
            AtomicSwap.Exchange(Path, _target);
        }
        catch (Exception e) when (OutputWriteException.IsWriteFailure(e))
        {
            throw new OutputWriteException(_target, Interlocked.Read(ref _written), e);
        }
        _committed = true;
        // After an exchange the staging path holds the previous site; after a first build, nothing.
        if (!keepPrevious && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
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

    /// <summary>
    /// A build killed mid-write leaves a staging folder behind, and an incremental build its previous site; neither
    /// is the live site, so they can go once the target's lock is held. Only the
    /// target's own are matched exactly (the name, a dash and a GUID): the staging folder of an output named
    /// <c>site-2</c> also starts with <c>.jakkb-staging-site-</c>, and another lock guards it.
    /// </summary>
    public static void RemoveLeftovers(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target);
        var name = System.IO.Path.GetFileName(target);
        if (parent is null || !Directory.Exists(parent)) return;
        var prefix = Prefix + name + "-";
        try
        {
            if (!PreviousSite.Trusted(target) && Directory.Exists(PreviousSite.FolderFor(target)))
                Directory.Delete(PreviousSite.FolderFor(target), recursive: true);
            foreach (var dir in Directory.EnumerateDirectories(parent, prefix + "*"))
            {
                if (LeftoverSuffix().IsMatch(System.IO.Path.GetFileName(dir)[prefix.Length..])) Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (OutputWriteException.IsWriteFailure(e))
        {
            // What cannot be removed now is tried again by the next build; it is never the live site.
        }
    }

    [GeneratedRegex(@"\A[0-9a-f]{32}(?:\.previous)?\z")]
    private static partial Regex LeftoverSuffix();
}
