using System.Collections.Concurrent;
using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Entity files read by earlier builds of one <c>serve</c> session, with what reading them reported. A file whose
/// size and modification time are unchanged is not read again: an edit touches one file of thousands.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Loaded> _files = new(StringComparer.Ordinal);

    internal sealed record Loaded(long Length, DateTime Modified, Entity? Entity, IReadOnlyList<Diagnostic> Diagnostics);

    internal Loaded Read(string path, FileInfo info, Func<DiagnosticBag, Entity?> read)
    {
        if (_files.TryGetValue(path, out var cached) && cached.Length == info.Length && cached.Modified == info.LastWriteTimeUtc)
            return cached;
        var diagnostics = new DiagnosticBag();
        var loaded = new Loaded(info.Length, info.LastWriteTimeUtc, read(diagnostics), diagnostics.Sorted());
        _files[path] = loaded;
        return loaded;
    }

    /// <summary>Forgets files that are gone, so a long session does not grow without bound.</summary>
    internal void KeepOnly(IReadOnlyCollection<string> paths)
    {
        var live = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(p => !live.Contains(p))) _files.TryRemove(path, out _);
    }
}
