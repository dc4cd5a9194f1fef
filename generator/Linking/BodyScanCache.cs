using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// Body scans kept between the builds of one <c>serve</c> session: matching glossary terms in the prose is most
/// of linking. Dropped whole when the glossary changes, since every match depends on it.
/// </summary>
public sealed class BodyScanCache
{
    private readonly EntityMemo<BodyScan> _scans = new();
    private UInt128 _glossary;

    internal Func<Entity, BodyScan> For(IReadOnlyList<Entity> entities, GlossaryMatcher glossary, UInt128 glossaryHash)
    {
        if (glossaryHash != _glossary)
        {
            _scans.Clear();
            _glossary = glossaryHash;
        }
        _scans.KeepOnly(entities);
        return e => _scans.Get(e, x => BodyScan.Of(x, glossary));
    }
}
