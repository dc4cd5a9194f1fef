using System.Globalization;
using JakKb.Linking;
using JakKb.Markdown;
using JakKb.Markdown.Citations;
using JakKb.Markdown.HeadingIds;
using JakKb.Model;
using Markdig.Syntax;

namespace JakKb.Rendering;

/// <summary>The per-page state of rendering: citation numbers in order of first use, terms already linked, heading ids given.</summary>
public sealed class PageLinks(SiteGraph graph, string root, Func<string, bool>? pageIds = null) : IPageLinks
{
    private readonly HeadingIdSet _headings = new(pageIds ?? PageIds.For(""));
    private readonly Dictionary<MarkdownDocument, int> _documents = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<string, int> _numbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];
    private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);
    private int _tooltips;

    public string Root { get; } = root;

    public Entity? Entity(string? typeName, string id) => graph.Entity(id);

    public GlossaryTerm? Term(string text) => graph.Glossary.Lookup(text);

    // On a provenance page: each work's entries in the document's own reference list (duplicates included), by key.
    private Dictionary<string, List<int>>? _listed;
    private int _lastListed;

    /// <summary>
    /// Number this page's citations as <paramref name="document"/>'s reference list does, so a marker shows the number
    /// the document printed and lands on that entry. Works the list does not hold are numbered after its last entry.
    /// </summary>
    public void NumberAs(Entity document)
    {
        _listed = new(StringComparer.OrdinalIgnoreCase);
        foreach (var r in graph.Content.Bibliography)
            foreach (var c in r.CitedBy.Where(c => c.SourceId.Equals(document.Id, StringComparison.OrdinalIgnoreCase)))
            {
                if (!_listed.TryGetValue(r.Key, out var numbers)) _listed[r.Key] = numbers = [];
                numbers.Add(c.Number);
                _lastListed = Math.Max(_lastListed, c.Number);
            }
        foreach (var numbers in _listed.Values) numbers.Sort();
    }

    /// <summary>The document's reference list, when the page numbers as one: (number, key) in list order, duplicates included.</summary>
    public IReadOnlyList<(int Number, string Key)> Listed =>
        _listed is null ? [] : [.. _listed.SelectMany(kv => kv.Value.Select(n => (n, kv.Key))).OrderBy(x => x.n)];

    public CiteMark Cite(string key, int? listed = null)
    {
        if (_listed is not null && _listed.TryGetValue(key, out var numbers))
        {
            var n = listed is { } wanted && numbers.Contains(wanted) ? wanted : numbers[0];
            return new CiteMark(n, "ref-" + n.ToString(CultureInfo.InvariantCulture));
        }
        if (!_numbers.TryGetValue(key, out var number))
        {
            _order.Add(key);
            _numbers[key] = number = _lastListed + _order.Count;
        }
        return new CiteMark(number, "ref-" + key);
    }

    public bool FirstMention(GlossaryTerm term) => _mentioned.Add(term.Term);

    public string NextTooltipId() => "tip-" + (++_tooltips).ToString(CultureInfo.InvariantCulture);

    public string SiteLink(string url) => SiteAddress.Resolve(url, graph.Content.Schema, graph.Entity) is { } path ? Root + path : url;

    public string HeadingId(string slug) => _headings.Add(slug);

    public int DocumentNumber(MarkdownDocument document)
    {
        if (!_documents.TryGetValue(document, out var n)) _documents[document] = n = _documents.Count + 1;
        return n;
    }

    /// <summary>The keys cited so far, in numbering order, apart from those the document's own list holds.</summary>
    public IReadOnlyList<string> CitedKeys => _order;

    private readonly Dictionary<Entity, Scriban.Runtime.ScriptObject> _links = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The template model of a link to <paramref name="e"/>, made once per page: the reference index and the glossary
    /// list the same pages under many entries (110,000 links at 10,000 entities), and a model object per mention made
    /// those pages the peak of a build's memory.
    /// </summary>
    public Scriban.Runtime.ScriptObject LinkTo(Entity e, Func<Entity, string, Scriban.Runtime.ScriptObject> make)
    {
        if (!_links.TryGetValue(e, out var link)) _links[e] = link = make(e, Root);
        return link;
    }
}
