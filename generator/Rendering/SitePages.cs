using JakKb.Linking;
using JakKb.Model;
using JakKb.Rendering.Charts;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering;

/// <summary>Lists every page of the site with the model each one gets: entities, indexes, glossary, references, notes.</summary>
public sealed class SitePages(SiteGraph graph, EntityPage entityPage, SiteCharts? charts = null, IReadOnlyDictionary<string, string>? lastCommitted = null)
{
    private const int HomeItemsPerType = 6;

    private readonly SiteCharts _charts = charts ?? new SiteCharts(graph);
    private readonly GraphPage _graphPage = new(graph);
    private readonly QuoteTargets _quotes = new(graph);
    private PageInputs? _inputs;

    /// <summary>Made on first use, from any rendering thread: only builds that write need fingerprints.</summary>
    internal PageInputs Inputs => LazyInitializer.EnsureInitialized(ref _inputs, () => new PageInputs(graph, _charts, lastCommitted ?? new Dictionary<string, string>()));

    public IEnumerable<PageSpec> All()
    {
        // The home page shows counts, links and charts; an edit that changes a count or a chart is not local (see PageInputs.ReachFrom).
        yield return new PageSpec("", "home", graph.Content.Config.Title, null, "home", [], null, Home, () => Inputs.Home(HomeCharts, HomeItemsPerType), reach => reach.Links);
        foreach (var type in graph.Content.Schema.Types)
        {
            yield return new PageSpec(type.Folder + "/", "list", type.Plural, $"All {type.Plural.ToLowerInvariant()} in the knowledge base.", type.Folder, [], null, links => TypeList(type, links),
                () => Inputs.TypeList(type, ListCharts(type)), reach => reach.Types.Contains(type));
            foreach (var entity in graph.ByType[type])
            {
                yield return new PageSpec(entity.Url, entity.Type.Name, entity.Title, entity.Summary, type.Folder, [(type.Plural, type.Folder + "/")],
                    entity.InputPath, links => entityPage.Build(entity, links), () => Inputs.Entity(entity), reach => reach.EntityFiles.Contains(entity.InputPath));
                if (_quotes.ShownText(entity) is { } text) yield return TextPage(entity, text);
            }
        }
        yield return new PageSpec("graph/", "graph", "Relation graph", $"How the {GraphPage.Names(_graphPage.Columns)} of the knowledge base connect.", "graph", [], null, _graphPage.Build,
            () => Inputs.Graph(), reach => reach.Links || reach.Relations);
        yield return new PageSpec("glossary/", "glossary", "Glossary", "Definitions of the abbreviations and terms used in the knowledge base.", "glossary", [], null, Glossary,
            () => Inputs.Glossary(), reach => reach.Links || reach.Terms);
        yield return new PageSpec("references/", "references", "Reference index", "Every reference the source documents cite, with its verification status, and apart the outside references the curators added.", "references", [], null, References,
            () => Inputs.References(), reach => reach.Links || reach.CitationsOrNotes);
        yield return new PageSpec("curation-notes/", "curation-notes", "Curation notes", "Errors and inconsistencies found in the source documents.", "curation-notes", [], null, CurationNotes,
            () => Inputs.CurationNotes(), reach => reach.Links || reach.CitationsOrNotes);
        yield return new PageSpec(PageSpec.NotFoundUrl, "404", "Page not found", null, "", [], null, _ => Object());
    }

    /// <summary>
    /// A document's text below its page. Any fact may quote it, so any edit may move a mark: the page is cheap and is
    /// always reached; its fingerprint is the text and every quote's place and fact.
    /// </summary>
    private PageSpec TextPage(Entity document, DocumentPassages text) =>
        new(DocumentText.PageOf(document), "document-text", "Text of " + document.Title, $"The text of {document.Title}, with the passages the knowledge base quotes marked.",
            document.Type.Folder, [(document.Type.Plural, document.Type.Folder + "/"), (document.Title, document.Url)], null,
            links => new DocumentTextPage(graph, _quotes).Build(document, text, links),
            () =>
            {
                var f = new Fingerprint().Add(text.Hash).Add(document.SourceHash);
                foreach (var (fact, owner) in graph.FactsFromSource(document))
                    if (_quotes.PlaceOf(fact) is { } place)
                        f.Add(owner.Url).Add(EntityPage.FactAnchor(fact, owner)).Add(fact.Label).Add(place.Passage.Anchor).Add(place.Start).Add(place.Length);
                return f.Value;
            },
            _ => true);

    private ScriptObject Home(PageLinks links) => Object(
        ("sections", List(graph.Content.Schema.Types, t => Object(
            ("title", Text(t.Plural)),
            ("url", Text(links.Root + t.Folder + "/")),
            ("count", graph.ByType[t].Count),
            ("items", List(graph.ByType[t].Take(HomeItemsPerType), e => EntityPage.Link(e, links)))))),
        ("charts", SiteCharts.Models(HomeCharts, links)),
        ("glossary_count", graph.Content.Glossary.Count),
        ("reference_count", graph.Content.Bibliography.Count),
        ("note_count", graph.Content.CurationNotes.Count));

    private IEnumerable<Chart?> HomeCharts => _charts.OnHome;

    /// <summary>The search index's fingerprint: it is built from every entity's record, not from a page model.</summary>
    public UInt128 SearchIndexInputs(IEnumerable<byte[]> records) => Inputs.SearchIndex(records);

    private ScriptObject TypeList(EntityType type, PageLinks links)
    {
        var factColumns = _charts.ListColumns(type);
        return TypeList(type, links, factColumns);
    }

    /// <summary>The charts an index page shows: those the schema places on it (a chart's <c>shown_on</c>).</summary>
    private IEnumerable<Chart?> ListCharts(EntityType type) => _charts.OnIndexOf(type);

    private ScriptObject TypeList(EntityType type, PageLinks links, IReadOnlyList<(string Label, Func<Entity, string?> Cell)> factColumns) => Object(
        ("type", Object(("name", Text(type.Name)), ("title", Text(type.Plural)), ("singular", Text(type.Singular)))),
        ("columns", List(ListFields(type), f => Text(f.Label))),
        ("fact_columns", List(factColumns, c => Text(c.Label))),
        ("charts", SiteCharts.Models(ListCharts(type), links)),
        ("items", List(graph.ByType[type], e => Object(
            ("link", EntityPage.Link(e, links)),
            ("summary", Text(e.Summary)),
            ("fields", List(FieldCells(type, e), Text)),
            ("fact_cells", List(factColumns, c => Text(c.Cell(e)))),
            ("relations", List(e.Relations.GroupBy(r => r.Kind), g => Object(
                ("label", Text(g.Key.ForwardLabel)),
                ("items", List(g.Select(r => graph.Entity(r.TargetId)).OfType<Entity>(), t => EntityPage.Link(t, links)))))),
            ("fact_count", e.Facts.Count + graph.FactsConcerning(e).Count)))));

    /// <summary>The fields a type's index table shows, in the order its schema lists them (measures are the charts' columns).</summary>
    internal static IEnumerable<FieldSpec> ListFields(EntityType type) =>
        type.ListColumns.Select(name => type.Fields.FirstOrDefault(f => f.Name == name)).OfType<FieldSpec>();

    /// <summary>An entity's row of attributes on its index page, one cell per field its type lists.</summary>
    internal static IEnumerable<string?> FieldCells(EntityType type, Entity e) => ListFields(type).Select(f => e.Attributes.Shown(f) ?? (f.IsList ? "" : null));

    private ScriptObject Glossary(PageLinks links) => Object(
        ("terms", List(graph.Content.Glossary.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase), t => Object(
            ("term", Text(t.Term)),
            ("slug", Text(t.Slug)),
            ("expansion", Optional(t.Expansion)),
            ("definition", Text(t.Definition)),
            ("aliases", List(t.Aliases, Text)),
            ("pages", List(graph.PagesUsingTerm(t).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase), e => EntityPage.Link(e, links)))))));

    /// <summary>
    /// The reference index: the works the source documents cite, in the order they cite them, then apart the outside
    /// references the curators added, which no document cites. The status counts are of the cited works alone.
    /// </summary>
    private ScriptObject References(PageLinks links)
    {
        var cited = graph.Content.Bibliography.Where(r => !r.IsOutside).ToList();
        return Object(
            ("references", List(cited.OrderBy(r => r.CitedBy.FirstOrDefault()?.SourceId ?? "~", StringComparer.Ordinal)
                .ThenBy(r => r.CitedBy.FirstOrDefault()?.Number ?? int.MaxValue).ThenBy(r => r.Key, StringComparer.Ordinal), r => IndexEntry(r, links))),
            ("outside_references", List(graph.Content.Bibliography.Where(r => r.IsOutside).OrderBy(r => r.Key, StringComparer.Ordinal), r => IndexEntry(r, links))),
            ("status_counts", List(Reference.Statuses.Where(s => cited.Any(r => r.Status == s)), s => Object(("status", Text(s)), ("count", cited.Count(r => r.Status == s))))));
    }

    private ScriptObject IndexEntry(Reference r, PageLinks links) => Object(
        ("key", Text(r.Key)),
        ("citation", EntityPage.Citation(r)),
        ("doi", Optional(r.Doi)),
        ("doi_url", r.Doi is null ? null : Text("https://doi.org/" + r.Doi)),
        ("pmid", Optional(r.Pmid)),
        ("pmid_url", r.Pmid is null ? null : Text($"https://pubmed.ncbi.nlm.nih.gov/{Uri.EscapeDataString(r.Pmid)}/")),
        ("status", Text(r.Status)),
        ("status_note", Optional(r.StatusNote)),
        ("outside", r.IsOutside),
        ("corrected_by", r.CorrectedBy is { } c && graph.References.TryGetValue(c, out var correct)
            ? Object(("key", Text(correct.Key)), ("citation", EntityPage.Citation(correct))) : null),
        // The position is the curators' count; only a number the list prints is ever shown as printed.
        ("cited_by", List(r.CitedBy, c => Object(
            ("source", graph.Entity(c.SourceId) is { } s ? EntityPage.Link(s, links) : null),
            ("position", c.Number),
            ("printed", Optional(c.PrintedNumber)),
            ("printed_at_position", c.PrintedNumber == c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
        ("notes", List(r.Notes.Select(id => graph.Notes.GetValueOrDefault(id)).OfType<CurationNote>(), n => Object(("id", Text(n.Id)), ("title", Text(n.Title))))),
        ("pages", List(graph.PagesCiting(r.Key).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase), e => EntityPage.Link(e, links))));

    private ScriptObject CurationNotes(PageLinks links) => Object(
        ("notes", List(graph.Content.CurationNotes, n =>
        {
            var note = entityPage.Note(n, links);
            note.Add("pages", List(graph.PagesWithNote(n.Id).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase), e => EntityPage.Link(e, links)));
            note.Add("references", List(graph.Content.Bibliography.Where(r => r.Notes.Contains(n.Id, StringComparer.OrdinalIgnoreCase)), r => Object(
                ("key", Text(r.Key)), ("citation", EntityPage.Citation(r)), ("url", Text($"{links.Root}references/#{r.Key}")))));
            return note;
        })));
}
