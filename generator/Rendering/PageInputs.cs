using System.Collections.Concurrent;
using System.Text.Json;
using JakKb.Linking;
using JakKb.Markdown;
using JakKb.Model;
using JakKb.Rendering.Charts;

namespace JakKb.Rendering;

/// <summary>
/// What each page is made from, as a <see cref="Fingerprint"/>: an incremental build re-renders a page only when
/// its fingerprint changed. Each method mirrors the model of one kind of page (<see cref="EntityPage"/>,
/// <see cref="SitePages"/>) and must name everything that model reads from outside the page's own file; the
/// tests build random edits both ways and require the incremental output to equal a full build.
/// Site-wide inputs (the theme, site.yml, the generator itself) are not here: when they change, every page is rebuilt.
/// </summary>
public sealed class PageInputs
{
    private readonly SiteGraph _graph;
    private readonly SiteCharts _charts;
    private readonly IReadOnlyDictionary<string, string> _lastCommitted;
    private readonly ConcurrentDictionary<Entity, UInt128> _links = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, UInt128> _notes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Chart, UInt128> _chartHashes = new(ReferenceEqualityComparer.Instance);

    public PageInputs(SiteGraph graph, SiteCharts charts, IReadOnlyDictionary<string, string> lastCommitted)
    {
        _graph = graph;
        _charts = charts;
        _lastCommitted = lastCommitted;
        foreach (var chart in charts.All) _chartHashes[chart] = Fingerprint.Of(JsonSerializer.Serialize(chart));
        foreach (var note in graph.Content.CurationNotes) _notes.TryAdd(note.Id, NoteHash(note));
    }

    /// <summary>
    /// What an edit of entity files since <paramref name="before"/> can have changed, found from the changed files
    /// alone, so that a <c>serve</c> rebuild fingerprints the pages around an edit instead of every page.
    /// A changed file reaches its own page and every page it names, before or after the edit (relation targets, fact
    /// sources, the pages its facts, rows and prose concern): no other entity page shows more of it than its link.
    /// It reaches the index page of a type when the row of one of those pages changed, and a site-wide page when what that page shows of it
    /// (relations, glossary terms, citations and notes, search record) changed.
    /// A changed title reaches every page whose file names the entity too, since they show its link, and
    /// the site-wide pages that list links.
    /// Null, and every page is fingerprinted, when the change may reach further: an entity added, removed or renamed,
    /// or a changed glossary, bibliography, curation note, chart or commit date.
    /// </summary>
    public EditReach? ReachFrom(PageInputs before, ChangeSet changes)
    {
        if (_graph.Hashes.Glossary != before._graph.Hashes.Glossary || _graph.Hashes.Bibliography != before._graph.Hashes.Bibliography
            || _graph.Hashes.Notes != before._graph.Hashes.Notes
            || !SameEntries(_chartHashes.ToDictionary(c => c.Key.Id, c => c.Value), before._chartHashes.ToDictionary(c => c.Key.Id, c => c.Value))
            || !SameEntries(_lastCommitted, before._lastCommitted))
            return null;
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool links = false, relations = false, terms = false, citations = false, records = false;
        foreach (var (_, old, e) in changes.Entities)
        {
            if (before.LinkHash(old) != LinkHash(e))
            {
                // Every page that shows the entity's link: those whose file names it (a file that stopped naming it changed, and is reached).
                links = true;
                named.UnionWith(_graph.PagesNaming(e).Select(p => p.Id));
            }
            named.Add(e.Id);
            named.UnionWith(before._graph.IdsNamedBy(old));
            named.UnionWith(_graph.IdsNamedBy(e));
            relations |= !old.Relations.Select(r => (r.Kind, r.TargetId)).SequenceEqual(e.Relations.Select(r => (r.Kind, r.TargetId)));
            terms |= !before._graph.Body(old).Terms.SequenceEqual(_graph.Body(e).Terms);
            citations |= CitationsAndNotes(before._graph, old) != CitationsAndNotes(_graph, e);
            records |= !Rendering.SearchIndex.Record(old).AsSpan().SequenceEqual(Rendering.SearchIndex.Record(e));
        }
        var pages = named.Select(id => _graph.Entity(id)).OfType<Entity>().ToList();
        // Only the rows of the pages reached can differ on the index pages: a row shows its own file and the facts that concern it.
        var rowsChanged = pages.Where(p => before._graph.Entity(p.Id) is not { } old || before.Row(old) != Row(p)).Select(p => p.Type);
        return new EditReach(pages.Select(p => p.InputPath).ToHashSet(StringComparer.Ordinal), rowsChanged.ToHashSet(),
            links, relations, terms, citations, records);
    }

    /// <summary>
    /// Everything of one file that decides which pages cite which references and show which notes, in the order the
    /// linking stage meets it: the reference and note pages list those pages.
    /// </summary>
    private static UInt128 CitationsAndNotes(SiteGraph graph, Entity e)
    {
        var f = new Fingerprint();
        void All(IEnumerable<string> items)
        {
            f.Add(-1);
            foreach (var item in items) f.Add(item);
        }
        foreach (var fact in e.Facts)
        {
            All(fact.Concerns);
            All(fact.Provenance.Cites);
            All(fact.Provenance.InferredCites);
            All(fact.Provenance.Notes);
        }
        foreach (var table in e.Tables) All(table.Notes);
        All(e.Properties.SelectMany(p => p.Cites));
        foreach (var row in e.Tables.SelectMany(t => t.Rows))
        {
            All(row.Concerns);
            All(row.Cites);
            All(row.InferredCites);
            All(row.Corrections.Select(c => c.NoteId));
            All(row.Notes);
        }
        foreach (var stated in e.Relations.Select(r => r.Provenance).OfType<Provenance>())
        {
            All(stated.Cites);
            All(stated.InferredCites);
            All(stated.Notes);
        }
        All(e.Notes);
        All(graph.Body(e).CitedKeys);
        return f.Value;
    }

    private static bool SameEntries<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> a, IReadOnlyDictionary<TKey, TValue> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var y) && EqualityComparer<TValue>.Default.Equals(x.Value, y));

    public UInt128 Entity(Entity e)
    {
        var f = new Fingerprint();
        Own(f, e);
        if (_lastCommitted.Count > 0) f.Add(_lastCommitted.GetValueOrDefault(Path.GetFullPath(e.InputPath)));
        foreach (var r in e.Relations) LinkTo(f, r.TargetId);
        foreach (var b in _graph.BacklinksTo(e)) Link(f.Add(b.Kind.Field), b.From);
        var body = _graph.Body(e);
        var stated = new List<string>();
        // A relation's provenance and qualifiers show on both its pages: a backlink's come from the declaring file.
        foreach (var r in EntityPage.RelationsShown(_graph, e))
        {
            foreach (var (name, value) in r.Qualifiers) f.Add(name).Add(value);
            if (r.Provenance is not { } p) continue;
            f.Add(p.Locator);
            LinkTo(f, p.SourceId);
            stated.AddRange(p.Cites.Concat(p.InferredCites.Select(k => "~" + k)));
        }
        foreach (var target in body.LinkTargets) LinkTo(f, target);
        foreach (var term in body.Terms) f.Add(_graph.Hashes.Term(term));
        var cites = new List<string>(body.CitedKeys);
        cites.AddRange(e.Properties.SelectMany(p => p.Cites));
        cites.AddRange(stated);

        foreach (var fact in e.Facts) FactAround(f, fact, cites);
        foreach (var p in _graph.FactsConcerning(e))
        {
            Own(f, p.Owner);
            FactAround(f, p.Fact, cites);
        }
        foreach (var r in _graph.RowsConcerning(e))
        {
            Own(f, r.Source);
            RowAround(f, r.Row, cites);
        }
        foreach (var row in e.Tables.SelectMany(t => t.Rows)) RowAround(f, row, cites);
        foreach (var p in _graph.FactsFromSource(e)) Own(f, p.Owner);
        if (e.Type.IsProvenance)
            foreach (var chart in _charts.FromSource(e)) f.Add(_chartHashes[chart]);

        foreach (var id in EntityPage.NotesShown(_graph, e)) Note(f, id);
        // An inferred citation ("~key") renders differently from a printed one, so the two fingerprint apart.
        foreach (var key in cites) f.Add(key).Add(_graph.Hashes.Reference(key.TrimStart('~')));
        // A provenance page lists the document's whole reference list, in its own numbering.
        if (e.Type.IsProvenance)
            foreach (var r in _graph.Content.Bibliography.Where(r => r.CitedBy.Any(c => c.SourceId.Equals(e.Id, StringComparison.OrdinalIgnoreCase))))
                f.Add(r.Key).Add(_graph.Hashes.Reference(r.Key));
        return f.Value;
    }

    /// <summary>An index page shows each entity's link, summary, attribute and fact cells, relations and fact count: not the whole file, so most edits leave it alone.</summary>
    public UInt128 TypeList(EntityType type, IEnumerable<Chart?> charts)
    {
        var f = new Fingerprint();
        var factColumns = _charts.ListColumns(type);
        foreach (var e in _graph.ByType[type]) Row(f, e, factColumns);
        Charts(f, charts);
        return f.Value;
    }

    private void Row(Fingerprint f, Entity e, IReadOnlyList<(string Label, Func<Entity, string?> Cell)> factColumns)
    {
        Link(f, e);
        f.Add(e.Summary);
        foreach (var cell in SitePages.FieldCells(e.Type, e)) f.Add(cell);
        foreach (var column in factColumns) f.Add(column.Cell(e));
        foreach (var r in e.Relations) LinkTo(f.Add(r.Kind.Field), r.TargetId);
        f.Add(e.Facts.Count + _graph.FactsConcerning(e).Count);
    }

    /// <summary>The fingerprint of <paramref name="e"/>'s row on its index page.</summary>
    private UInt128 Row(Entity e)
    {
        var f = new Fingerprint();
        Row(f, e, _charts.ListColumns(e.Type));
        return f.Value;
    }

    public UInt128 Home(IEnumerable<Chart?> charts, int shownPerType)
    {
        var f = new Fingerprint();
        foreach (var type in _graph.Content.Schema.Types)
        {
            f.Add(_graph.ByType[type].Count);
            foreach (var e in _graph.ByType[type].Take(shownPerType)) Link(f, e);
        }
        Charts(f, charts);
        return f.Add(_graph.Content.Glossary.Count).Add(_graph.Content.Bibliography.Count).Add(_graph.Content.CurationNotes.Count).Value;
    }

    public UInt128 Graph()
    {
        var f = new Fingerprint();
        foreach (var e in _graph.Content.Entities)
        {
            Link(f, e);
            foreach (var r in e.Relations) f.Add(r.Kind.Field).Add(r.TargetId);
        }
        return f.Value;
    }

    public UInt128 Glossary()
    {
        var f = new Fingerprint().Add(_graph.Hashes.Glossary);
        foreach (var term in _graph.Content.Glossary)
            foreach (var e in _graph.PagesUsingTerm(term)) Link(f.Add(term.Term), e);
        return f.Value;
    }

    public UInt128 References()
    {
        var f = new Fingerprint().Add(_graph.Hashes.Bibliography).Add(_graph.Hashes.Notes);
        foreach (var r in _graph.Content.Bibliography)
        {
            foreach (var c in r.CitedBy) LinkTo(f, c.SourceId);
            foreach (var e in _graph.PagesCiting(r.Key)) Link(f.Add(r.Key), e);
        }
        return f.Value;
    }

    public UInt128 CurationNotes()
    {
        var f = new Fingerprint().Add(_graph.Hashes.Bibliography);
        foreach (var n in _graph.Content.CurationNotes)
        {
            Note(f, n.Id);
            foreach (var e in _graph.PagesWithNote(n.Id)) Link(f, e);
        }
        return f.Value;
    }

    /// <summary>The search index: each entity's record (title, aliases, identifiers, summary, the start of its prose) and every glossary term.</summary>
    public UInt128 SearchIndex(IEnumerable<byte[]> records)
    {
        var f = new Fingerprint().Add(_graph.Hashes.Glossary);
        foreach (var record in records) f.Add(record);
        return f.Value;
    }

    /// <summary>The entity's own file, whole.</summary>
    private static void Own(Fingerprint f, Entity e) => f.Add(e.InputPath).Add(e.SourceHash);

    private void Link(Fingerprint f, Entity e) => f.Add(LinkHash(e));

    /// <summary>What a link to an entity shows, anywhere (<see cref="EntityPage.Link"/>, the graph boxes); made on first use, as a rebuild uses few.</summary>
    private UInt128 LinkHash(Entity e) => _links.GetOrAdd(e, x => new Fingerprint().Add(x.Id).Add(x.Type.Name).Add(x.Title).Value);

    private void LinkTo(Fingerprint f, string id)
    {
        if (_graph.Entity(id) is { } e) Link(f, e);
        else f.Add(id);
    }

    private void Charts(Fingerprint f, IEnumerable<Chart?> charts)
    {
        foreach (var chart in charts) f.Add(chart is null ? default : _chartHashes[chart]);
    }

    /// <summary>A fact shows its source and the other entities it concerns, and brings its citations to the page.</summary>
    private void FactAround(Fingerprint f, Fact fact, List<string> cites)
    {
        LinkTo(f, fact.Provenance.SourceId);
        foreach (var id in fact.Concerns) LinkTo(f, id);
        cites.AddRange(fact.Provenance.Cites.Concat(fact.Provenance.InferredCites.Select(k => "~" + k)));
    }

    private void RowAround(Fingerprint f, TableRow row, List<string> cites)
    {
        foreach (var id in row.Concerns) LinkTo(f, id);
        cites.AddRange(row.Cites.Concat(row.InferredCites.Select(k => "~" + k)));
    }

    private void Note(Fingerprint f, string id) => f.Add(id).Add(_notes.GetValueOrDefault(id));

    /// <summary>A note shows its source, and its text is Markdown: what that links to, cites and explains counts too.</summary>
    private UInt128 NoteHash(CurationNote note)
    {
        var f = new Fingerprint().Add(_graph.Hashes.Note(note.Id));
        LinkTo(f, note.SourceId);
        var text = BodyScan.Of(Markdig.Markdown.Parse(note.Text, MarkdownPipelines.Parsing), null, _graph.Content.Schema, _graph.Glossary);
        foreach (var target in text.LinkTargets) LinkTo(f, target);
        foreach (var term in text.Terms) f.Add(_graph.Hashes.Term(term));
        foreach (var key in text.CitedKeys) f.Add(key).Add(_graph.Hashes.Reference(key));
        return f.Value;
    }
}
