using System.Collections.Concurrent;
using JakKb.Diagnostics;

namespace JakKb.Loading;

/// <summary>
/// Entity files read by earlier builds of one <c>serve</c> session, with what reading them reported. A file whose
/// size and modification time are unchanged is not read again: an edit touches one file of thousands.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Loaded> _files = new(StringComparer.Ordinal);

    private sealed record Loaded(long Length, DateTime Modified, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>What <paramref name="read"/> made of the file at <paramref name="path"/>, read again only if the file changed; what reading reported is reported again either way.</summary>
    internal T? Read<T>(string path, long length, DateTime modified, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read)
        where T : class
    {
        if (!_files.TryGetValue(path, out var loaded) || loaded.Length != length || loaded.Modified != modified)
        {
            var own = new DiagnosticBag();
            loaded = new Loaded(length, modified, read(own), own.Sorted());
            _files[path] = loaded;
        }
        foreach (var d in loaded.Diagnostics) diagnostics.Add(d);
        return (T?)loaded.Value;
    }

    /// <summary>Forgets files that are gone, so a long session does not grow without bound.</summary>
    internal void KeepOnly(IReadOnlyCollection<string> paths)
    {
        var live = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(p => !live.Contains(p))) _files.TryRemove(path, out _);
    }
}
