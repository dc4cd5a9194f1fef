using System.Collections.Concurrent;

namespace JakKb.Model;

/// <summary>
/// Values derived from one entity file alone, kept between the builds of one <c>serve</c> session while the file's
/// content is unchanged (keyed by path and <see cref="Entity.SourceHash"/>): an edit changes one file of thousands.
/// </summary>
public sealed class EntityMemo<T>
{
    private readonly ConcurrentDictionary<(string Path, UInt128 Hash), T> _values = new();

    /// <summary>The value for <paramref name="entity"/>, made by <paramref name="make"/> only when there is none for this content; safe from many threads.</summary>
    public T Get(Entity entity, Func<Entity, T> make) => _values.GetOrAdd((entity.InputPath, entity.SourceHash), _ => make(entity));

    /// <summary>
    /// Forgets files that are gone or changed, so a long session does not grow without bound. It sweeps only once
    /// an eighth of the values may be stale: a sweep looks at every file, and an edit makes one value stale.
    /// </summary>
    public void KeepOnly(IReadOnlyCollection<Entity> entities)
    {
        if (_values.Count <= entities.Count + Math.Max(64, entities.Count / 8)) return;
        var live = entities.Select(e => (e.InputPath, e.SourceHash)).ToHashSet();
        foreach (var key in _values.Keys.Where(k => !live.Contains(k))) _values.TryRemove(key, out _);
    }

    /// <summary>Forgets the value for this content of the file, once it changed.</summary>
    public void Forget(Entity entity) => _values.TryRemove((entity.InputPath, entity.SourceHash), out _);

    public void Clear() => _values.Clear();
}
