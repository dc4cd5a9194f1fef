using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// What linking keeps between the builds of one <c>serve</c> session: the last graph, which the next build updates
/// for the files that changed instead of linking every file again, and each body's scan for when it must (matching
/// glossary terms in the prose is most of linking). Scans are dropped whole when the glossary changes, since every
/// match depends on it.
/// </summary>
public sealed class LinkCache
{
    private readonly EntityMemo<BodyScan> _scans = new();
    private UInt128 _glossary;

    internal SiteGraph? Previous { get; set; }

    /// <summary>Scans for a graph linked in full: scans of files that are gone or changed are forgotten.</summary>
    internal Func<Entity, BodyScan> ScansFor(IReadOnlyList<Entity> entities, GlossaryMatcher glossary, UInt128 glossaryHash)
    {
        if (glossaryHash != _glossary)
        {
            _scans.Clear();
            _glossary = glossaryHash;
        }
        _scans.KeepOnly(entities);
        return e => Scan(e, glossary);
    }

    internal BodyScan Scan(Entity e, GlossaryMatcher glossary) => _scans.Get(e, x => BodyScan.Of(x, glossary));

    internal void Forget(Entity e) => _scans.Forget(e);
}
