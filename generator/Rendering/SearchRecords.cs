using System.Collections.Concurrent;
using JakKb.Model;

namespace JakKb.Rendering;

/// <summary>Search-index records kept between the builds of one <c>serve</c> session, by file and content hash: an edit changes one.</summary>
public sealed class SearchRecords
{
    private readonly ConcurrentDictionary<(string Path, UInt128 Hash), byte[]> _records = new();

    internal byte[] Get(Entity e, Func<Entity, byte[]> make) => _records.GetOrAdd((e.InputPath, e.SourceHash), _ => make(e));

    internal void KeepOnly(IEnumerable<Entity> entities)
    {
        var live = entities.Select(e => (e.InputPath, e.SourceHash)).ToHashSet();
        foreach (var key in _records.Keys.Where(k => !live.Contains(k))) _records.TryRemove(key, out _);
    }
}
