using System.Globalization;
using JakKb.Linking;
using JakKb.Model;
using JakKb.Rendering.Charts;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering;

/// <summary>The model of one entity page: infobox, prose, facts with provenance, related pages, references, notes.</summary>
public sealed class EntityPage(SiteGraph graph, MarkdownWriter markdown, SiteCharts? charts = null)
{
    private readonly GraphPage _graphPage = new(graph);
    private readonly QuoteTargets _quotes = new(graph);

    public ScriptObject Build(Entity entity, PageLinks links)
    {
        // A provenance page numbers as its document's reference list; any other page numbers in order of first use,
        // so the body is written first and its citations take the first numbers, in reading order.
        if (entity.Type.IsProvenance) links.NumberAs(entity);
        var body = markdown.Write(entity.BodyAst, links);
        var ownFacts = List(entity.Facts, f => Fact(f, entity, entity, links));
        var concerning = List(graph.FactsConcerning(entity), p => Fact(p.Fact, p.Owner, entity, links));
        var rows = List(graph.RowsConcerning(entity).GroupBy(r => (r.Source, r.Table)), g => Object(
            ("caption", Text(g.Key.Table.Caption)),
            ("source", Link(g.Key.Source, links)),
            ("anchor", Text($"{g.Key.Source.Id}-{g.Key.Table.Id}")),
            ("columns", List(g.Key.Table.Columns, Text)),
            ("notes", NoteMarks(g.Key.Table.Notes)),
            ("rows", List(g.Select(r => r.Row), r => Row(r, links)))));
        var tables = List(entity.Tables, t => Object(
            ("id", Text(t.Id)),
            ("caption", Text(t.Caption)),
            ("columns", List(t.Columns, Text)),
            ("notes", NoteMarks(t.Notes)),
            ("rows", List(t.Rows, r => Row(r, links)))));
        var sourceFacts = entity.Type.IsProvenance
            ? List(graph.FactsFromSource(entity).GroupBy(p => p.Owner), g => Object(
                ("entity", Link(g.Key, links)),
                ("facts", List(g, p => Object(("label", Text(p.Fact.Label)), ("value", Text(p.Fact.Value)), ("unit", Optional(p.Fact.Unit)), ("qualitative", p.Fact.Kind == FactKind.Qualitative),
                    ("locator", Text(p.Fact.Provenance.Locator)), ("url", Text(links.Root + g.Key.Url + "#" + FactAnchor(p.Fact, p.Owner))))))))
            : new ScriptArray();

        var notes = List(NotesShown(graph, entity).Select(id => graph.Notes.GetValueOrDefault(id)).OfType<CurationNote>(), n => Note(n, links));

        return Object(
            ("entity", Object(
                ("id", Text(entity.Id)),
                ("type", Text(entity.Type.Name)),
                ("title", Text(entity.Title)),
                ("summary", Text(entity.Summary)),
                ("aliases", List(entity.Aliases, Text)),
                ("identifiers", List(entity.Identifiers, i => Object(("label", Text(i.Label)), ("value", Text(i.Value)), ("url", Text(i.Url)), ("source", Text(i.Source)),
                    ("checked", CheckModel(i.Checked))))),
                ("properties", List(entity.Properties, p => Object(("label", Text(p.Label)), ("value", Text(p.Value)), ("source", Text(p.Source)),
                    ("cites", Cites(p.Cites, links)), ("checked", CheckModel(p.Checked))))),
                ("attributes", Attributes(entity)),
                ("body", body),
                ("relations", Relations(entity, links)),
                ("backlinks", Backlinks(entity, links)),
                ("facts", ownFacts),
                ("facts_concerning", concerning),
                ("table_rows", rows),
                ("tables", tables),
                ("source_facts", sourceFacts),
                ("notes", notes),
                ("neighbours", List(graph.Neighbours(entity).OrderBy(e => e.Type.Name).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase), e => Link(e, links))),
                ("neighbourhood", _graphPage.Neighbourhood(entity, links)),
                ("text_url", _quotes.ShownText(entity) is null ? null : Text(links.Root + DocumentText.PageOf(entity))),
                ("text_licence", Optional(entity.Text?.Licence)),
                ("charts", charts is null || !entity.Type.IsProvenance ? new ScriptArray() : SiteCharts.Models(charts.FromSource(entity), links)))),
            ("references", References(links)));
    }

    /// <summary>The curation notes an entity's page shows: its own, and those of every fact, table and table row on it.</summary>
    public static IEnumerable<string> NotesShown(SiteGraph graph, Entity entity) =>
        entity.Notes
            .Concat(entity.Facts.SelectMany(f => f.Provenance.Notes))
            .Concat(graph.FactsConcerning(entity).SelectMany(p => p.Fact.Provenance.Notes))
            .Concat(graph.RowsConcerning(entity).SelectMany(r => r.Table.Notes.Concat(RowNotes(r.Row))))
            .Concat(entity.Tables.SelectMany(t => t.Notes.Concat(t.Rows.SelectMany(RowNotes))))
            .Concat(RelationsShown(graph, entity).SelectMany(r => r.Provenance?.Notes ?? []))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The relations an entity's page shows with their provenance: those it declares and those that point at it.</summary>
    public static IEnumerable<RelationLink> RelationsShown(SiteGraph graph, Entity entity) =>
        entity.Relations.Concat(graph.BacklinksTo(entity).Select(b => b.Link).OfType<RelationLink>());

    /// <summary>Whether a value was looked up in its database: null when the file does not say, so the page says nothing either.</summary>
    private static ScriptObject? CheckModel(CheckState? state) =>
        state is null ? null : Object(("checked", state.WasChecked), ("date", Optional(state.Date)));

    public static string FactAnchor(Fact fact, Entity owner) =>
        "fact-" + (fact.Id ?? (IndexOf(owner.Facts, fact) + 1).ToString(CultureInfo.InvariantCulture));

    private static int IndexOf(IReadOnlyList<Fact> facts, Fact fact)
    {
        for (var i = 0; i < facts.Count; i++) if (ReferenceEquals(facts[i], fact)) return i;
        return -1;
    }

    /// <summary>
    /// A link to <paramref name="e"/>: its title, address and type. No summary: no page shows one beside a link, and
    /// with it an edit of any summary had to render every page that links to the entity again.
    /// </summary>
    public static ScriptObject Link(Entity e, PageLinks links) => links.LinkTo(e, static (e, root) => Object(
        ("title", Text(e.Title)), ("url", Text(root + e.Url)), ("type", Text(e.Type.Singular))));

    private ScriptObject Fact(Fact fact, Entity owner, Entity page, PageLinks links)
    {
        var source = graph.Entity(fact.Provenance.SourceId);
        return Object(
            ("anchor", Text(FactAnchor(fact, owner))),
            ("label", Text(fact.Label)),
            ("value", Text(fact.Value)),
            ("unit", Optional(fact.Unit)),
            ("qualitative", fact.Kind == FactKind.Qualitative),
            ("comparator", Optional(fact.Comparator)),
            ("n", Optional(fact.N)),
            ("p", Optional(fact.P)),
            ("timeframe", Optional(fact.Timeframe)),
            ("source", source is null ? null : Link(source, links)),
            ("locator", Text(fact.Provenance.Locator)),
            ("quote", fact.Quote is null ? null : Text(DocumentPassages.Normalise(fact.Quote.Exact))),
            ("quote_url", _quotes.Link(fact, owner, links.Root) is { } quoteUrl ? Text(quoteUrl) : null),
            ("cites", Cites(fact.Provenance.Cites, fact.Provenance.InferredCites, links)),
            ("notes", NoteMarks(fact.Provenance.Notes)),
            ("owner", owner == page ? null : Link(owner, links)),
            ("concerns", List(fact.Concerns.Select(graph.Entity).OfType<Entity>().Where(e => e != page && e != owner), e => Link(e, links))));
    }

    private ScriptObject Row(TableRow row, PageLinks links) => Object(
        ("cells", List(row.Cells.Select((cell, i) => (cell, correction: row.Corrections.FirstOrDefault(c => c.Column == i + 1))), c => Object(
            ("value", Text(c.cell)),
            ("printed", c.correction is null ? null : Text(c.correction.Printed)),
            ("note", c.correction is null || !graph.Notes.TryGetValue(c.correction.NoteId, out var n) ? null : Object(("id", Text(n.Id)), ("title", Text(n.Title))))))),
        ("cites", Cites(row.Cites, row.InferredCites, links)),
        ("notes", NoteMarks(row.Notes)),
        ("concerns", List(row.Concerns.Select(graph.Entity).OfType<Entity>(), e => Link(e, links))));

    private static IEnumerable<string> RowNotes(TableRow row) => row.Corrections.Select(c => c.NoteId).Concat(row.Notes);

    /// <summary>Printed citations first, then the curators' inferred ones, each marked as which it is.</summary>
    private static ScriptArray Cites(IEnumerable<string> keys, PageLinks links) => Cites(keys, [], links);

    private static ScriptArray Cites(IEnumerable<string> keys, IEnumerable<string> inferred, PageLinks links) =>
        List(keys.Select(k => (k, inferred: false)).Concat(inferred.Select(k => (k, inferred: true))), c =>
        {
            var mark = links.Cite(c.k);
            return Object(("key", Text(c.k)), ("number", mark.Number), ("anchor", Text(mark.Anchor)), ("inferred", c.inferred));
        });

    private ScriptArray NoteMarks(IEnumerable<string> ids) =>
        List(ids.Select(id => graph.Notes.GetValueOrDefault(id)).OfType<CurationNote>(), n => Object(("id", Text(n.Id)), ("title", Text(n.Title))));

    public ScriptObject Note(CurationNote note, PageLinks links) => Object(
        ("id", Text(note.Id)),
        ("title", Text(note.Title)),
        ("locator", Text(note.Locator)),
        ("source", graph.Entity(note.SourceId) is { } s ? Link(s, links) : null),
        ("text", markdown.Write(note.Text, links)));

    /// <summary>
    /// The page's reference list. A provenance page lists its document's whole reference list in the document's
    /// numbering, duplicates included, then any other work it cites; any other page lists every key cited so far, in
    /// numbering order. Call after everything else is built.
    /// </summary>
    public ScriptArray References(PageLinks links) =>
        List(links.Listed.Select(l => (l.Key, l.Number, Anchor: $"ref-{l.Number.ToString(CultureInfo.InvariantCulture)}"))
            .Concat(links.CitedKeys.Select(k => (Key: k, links.Cite(k).Number, Anchor: $"ref-{k}"))), c => graph.References.TryGetValue(c.Key, out var r)
            ? Object(("number", c.Number), ("key", Text(r.Key)), ("anchor", Text(c.Anchor)), ("citation", Citation(r)), ("status", Text(r.Status)), ("status_note", Optional(r.StatusNote)),
                ("unsupported", !r.SupportsClaim), ("notes", NoteMarks(r.Notes)), ("outside", r.IsOutside), ("index_url", Text($"{links.Root}references/#{r.Key}")))
            : Object(("number", c.Number), ("key", Text(c.Key)), ("anchor", Text(c.Anchor)), ("citation", Text(c.Key)), ("status", Text("unknown")), ("index_url", Text($"{links.Root}references/"))));

    public static Html Citation(Reference r) =>
        Text($"{r.Authors} {r.Title}.{(r.Journal is null ? "" : $" {r.Journal}")}{(r.Year is null ? "" : $" {r.Year}")}{(r.Details is null ? "" : $";{r.Details}")}.");

    private static ScriptArray Attributes(Entity entity)
    {
        var items = new ScriptArray();
        foreach (var field in entity.Type.Fields)
        {
            var value = entity.Attributes.Shown(field);
            if (value is not null) items.Add(Object(("name", Text(field.Name)), ("label", Text(field.Label)), ("value", Text(value))));
        }
        return items;
    }

    private ScriptArray Relations(Entity entity, PageLinks links) =>
        List(entity.Relations.GroupBy(r => r.Kind), g => Object(
            ("label", Text(g.Key.ForwardLabel)),
            ("field", Text(g.Key.Field)),
            ("items", List(g.Select(r => (Target: graph.Entity(r.TargetId), Link: r)).Where(x => x.Target is not null), x => Stated(x.Target!, x.Link, links)))));

    private ScriptArray Backlinks(Entity entity, PageLinks links) =>
        List(graph.BacklinksTo(entity).GroupBy(b => b.Kind), g => Object(
            ("label", Text(g.Key.BacklinkLabel)),
            ("field", Text(g.Key.Field)),
            ("items", List(g.DistinctBy(b => b.From.Key).OrderBy(b => b.From.Title, StringComparer.OrdinalIgnoreCase), b => Stated(b.From, b.Link, links)))));

    /// <summary>
    /// A link to the other end of a relation, with where the relation is stated and its qualifiers, when the
    /// declaring file gives them: the same provenance on the declaring page and on the target's.
    /// </summary>
    private ScriptObject Stated(Entity other, RelationLink? relation, PageLinks links)
    {
        var link = Link(other, links);
        var item = Object(("title", link["title"]), ("url", link["url"]), ("type", link["type"]));
        if (relation is null) return item;
        if (relation.Provenance is { } p)
        {
            item.Add("provenance", Object(
                ("source", graph.Entity(p.SourceId) is { } source ? Link(source, links) : null),
                ("locator", Optional(p.Locator.Length > 0 ? p.Locator : null)),
                ("cites", Cites(p.Cites, p.InferredCites, links)),
                ("notes", NoteMarks(p.Notes))));
        }
        if (relation.Qualifiers.Count > 0)
            item.Add("qualifiers", List(relation.Qualifiers, q => Object(("name", Text(q.Key.Replace('_', ' '))), ("value", Text(q.Value)))));
        return item;
    }
}
