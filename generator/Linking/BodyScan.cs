using JakKb.Markdown.Citations;
using JakKb.Markdown.GlossaryTerms;
using JakKb.Markdown.WikiLinks;
using JakKb.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JakKb.Linking;

/// <summary>What one entity's prose refers to: the keys it cites (in order of first use), the glossary terms it uses (by name) and the pages it links to (by wiki link or root-relative address).</summary>
public sealed record BodyScan(IReadOnlyList<string> CitedKeys, IReadOnlyList<string> Terms, IReadOnlyList<string> LinkTargets)
{
    public static BodyScan Of(Entity entity, Schema schema, GlossaryMatcher glossary) => Of(entity.BodyAst, entity.Id, schema, glossary);

    /// <summary>Scans any Markdown (a curation note's text too); links to <paramref name="selfId"/> are not counted as links out.</summary>
    public static BodyScan Of(MarkdownDocument document, string? selfId, Schema schema, GlossaryMatcher glossary)
    {
        var keys = new List<string>();
        var seenKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<string>();
        var seenTerms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = new List<string>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case CitationInline citation:
                    foreach (var key in citation.Keys)
                        if (seenKeys.Add(key)) keys.Add(key);
                    break;
                case WikiLinkInline { IsGlossaryTerm: true } link when glossary.Lookup(link.Target) is { } term:
                    if (seenTerms.Add(term.Term)) terms.Add(term.Term);
                    break;
                case WikiLinkInline link when !string.Equals(link.Target, selfId, StringComparison.OrdinalIgnoreCase):
                    targets.Add(link.Target);
                    break;
                // A root-relative link to an entity page is a link to that entity, as a wiki link is: the page
                // shows it rewritten only while the entity exists, so its fingerprint must name it.
                case LinkInline { Url: { } url } when SiteAddress.EntityId(url, schema) is { } id && !string.Equals(id, selfId, StringComparison.OrdinalIgnoreCase):
                    targets.Add(id);
                    break;
                case LiteralInline literal when literal.Parent is not LinkInline:
                    foreach (var (_, _, term) in glossary.Matches(literal.Content.ToString()))
                        if (seenTerms.Add(term.Term)) terms.Add(term.Term);
                    break;
            }
        }
        return new BodyScan(keys, terms, targets);
    }
}
