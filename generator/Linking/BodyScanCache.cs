using System.Collections.Concurrent;
using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// Body scans kept between the builds of one <c>serve</c> session: matching glossary terms in the prose is most
/// of linking, and an edit changes one file. Keyed by file and content hash, and dropped whole when the glossary
/// changes, since every match depends on it.
/// </summary>
public sealed class BodyScanCache
{
    private readonly ConcurrentDictionary<(string Path, UInt128 Hash), BodyScan> _scans = new();
    private UInt128 _glossary;

    internal IReadOnlyDictionary<Entity, BodyScan> Scan(IReadOnlyList<Entity> entities, GlossaryMatcher glossary, UInt128 glossaryHash)
    {
        if (glossaryHash != _glossary)
        {
            _scans.Clear();
            _glossary = glossaryHash;
        }
        var result = Scan(entities, e => _scans.GetOrAdd((e.InputPath, e.SourceHash), _ => BodyScan.Of(e, glossary)));
        // Forget files that are gone or changed, so a long session does not grow without bound.
        var live = entities.Select(e => (e.InputPath, e.SourceHash)).ToHashSet();
        foreach (var key in _scans.Keys.Where(k => !live.Contains(k))) _scans.TryRemove(key, out _);
        return result;
    }

    internal static IReadOnlyDictionary<Entity, BodyScan> Scan(IReadOnlyList<Entity> entities, Func<Entity, BodyScan> scan)
    {
        var scans = new BodyScan[entities.Count];
        Parallel.For(0, entities.Count, i => scans[i] = scan(entities[i]));
        var map = new Dictionary<Entity, BodyScan>(entities.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entities.Count; i++) map.TryAdd(entities[i], scans[i]);
        return map;
    }
}
