using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// The linking stage's product: the content plus every computed connection (backlinks, facts and table rows
/// shown on the pages they concern, who cites what, where each term and note is used). Built once in linear
/// time with dictionaries; pages only look things up.
/// </summary>
public sealed class SiteGraph
{
    private static readonly IReadOnlyList<Backlink> NoBacklinks = [];
    private static readonly IReadOnlyList<FactPlacement> NoFacts = [];
    private static readonly IReadOnlyList<RowPlacement> NoRows = [];
    private static readonly IReadOnlyList<Entity> NoEntities = [];

    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, List<Backlink>> _backlinks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<FactPlacement>> _factsConcerning = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<RowPlacement>> _rowsConcerning = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<FactPlacement>> _factsFromSource = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>> _citingPages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>> _termPages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>> _notePages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BodyScan> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private static readonly BodyScan NoBody = new([], [], []);
    private readonly HashSet<string> _linkedTo = new(StringComparer.OrdinalIgnoreCase);


    /// <summary>Links <paramref name="content"/>; <paramref name="scans"/> keeps body scans from an earlier build of the same session.</summary>
    public SiteGraph(SiteContent content, BodyScanCache? scans = null)
    {
        Content = content;
        _hashes = new Lazy<DataHashes>(() => new DataHashes(content));
        _entities = content.Entities.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        References = content.Bibliography.GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Notes = content.CurationNotes.GroupBy(n => n.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Glossary = new GlossaryMatcher(content.Glossary);
        ByType = EntityType.All.ToDictionary(t => t, t => (IReadOnlyList<Entity>)content.Entities.Where(e => e.Type == t)
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList());

        var scan = scans?.For(content.Entities, Glossary, Hashes.Glossary) ?? (e => BodyScan.Of(e, Glossary));
        var bodies = new BodyScan[content.Entities.Count];
        Parallel.For(0, bodies.Length, i => bodies[i] = scan(content.Entities[i]));
        for (var i = 0; i < content.Entities.Count; i++)
        {
            var entity = content.Entities[i];
            foreach (var relation in entity.Relations)
            {
                if (!_entities.ContainsKey(relation.TargetId)) continue;
                Add(_backlinks, relation.TargetId, new Backlink(relation.Kind, entity));
                _linkedTo.Add(relation.TargetId);
                _linkedTo.Add(entity.Id);
            }
            foreach (var fact in entity.Facts)
            {
                var placement = new FactPlacement(fact, entity);
                foreach (var id in fact.Concerns.Where(id => !string.Equals(id, entity.Id, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    Add(_factsConcerning, id, placement);
                    _linkedTo.Add(id);
                }
                Add(_factsFromSource, fact.Provenance.SourceId, placement);
                _linkedTo.Add(fact.Provenance.SourceId);
                foreach (var key in fact.Provenance.Cites) AddCitation(key, entity);
                foreach (var note in fact.Provenance.Notes) AddOnce(_notePages, note, entity);
            }
            foreach (var table in entity.Tables)
            {
                foreach (var row in table.Rows)
                {
                    foreach (var id in row.Concerns.Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        Add(_rowsConcerning, id, new RowPlacement(table, row, entity));
                        _linkedTo.Add(id);
                        if (_entities.TryGetValue(id, out var concerned))
                        {
                            foreach (var key in row.Cites) AddCitation(key, concerned);
                            foreach (var note in row.Corrections.Select(c => c.NoteId).Concat(row.Notes)) AddOnce(_notePages, note, concerned);
                        }
                    }
                    foreach (var key in row.Cites) AddCitation(key, entity);
                    foreach (var note in row.Corrections.Select(c => c.NoteId).Concat(row.Notes)) AddOnce(_notePages, note, entity);
                }
            }
            foreach (var note in entity.Notes) AddOnce(_notePages, note, entity);
            AddBody(entity, bodies[i]);
        }
        // Facts shown on a concerned page bring their citations and notes along.
        foreach (var (id, placements) in _factsConcerning)
        {
            if (!_entities.TryGetValue(id, out var page)) continue;
            foreach (var p in placements)
            {
                foreach (var key in p.Fact.Provenance.Cites) AddCitation(key, page);
                foreach (var note in p.Fact.Provenance.Notes) AddOnce(_notePages, note, page);
            }
        }
    }

    public SiteContent Content { get; }

    /// <summary>Hashes of the data items; made on first use, by builds that cache or write incrementally.</summary>
    public DataHashes Hashes => _hashes.Value;

    private readonly Lazy<DataHashes> _hashes;

    public IReadOnlyDictionary<string, Reference> References { get; }

    public IReadOnlyDictionary<string, CurationNote> Notes { get; }

    public GlossaryMatcher Glossary { get; }

    public IReadOnlyDictionary<EntityType, IReadOnlyList<Entity>> ByType { get; }

    public Entity? Entity(string id) => _entities.GetValueOrDefault(id);

    public IReadOnlyList<Backlink> BacklinksTo(Entity e) => _backlinks.GetValueOrDefault(e.Id) ?? NoBacklinks;

    public IReadOnlyList<FactPlacement> FactsConcerning(Entity e) => _factsConcerning.GetValueOrDefault(e.Id) ?? NoFacts;

    public IReadOnlyList<FactPlacement> FactsFromSource(Entity source) => _factsFromSource.GetValueOrDefault(source.Id) ?? NoFacts;

    public IReadOnlyList<RowPlacement> RowsConcerning(Entity e) => _rowsConcerning.GetValueOrDefault(e.Id) ?? NoRows;

    public IReadOnlyList<Entity> PagesCiting(string key) => _citingPages.GetValueOrDefault(key) ?? NoEntities;

    public IReadOnlyList<Entity> PagesUsingTerm(GlossaryTerm term) => _termPages.GetValueOrDefault(term.Term) ?? NoEntities;

    public IReadOnlyList<Entity> PagesWithNote(string noteId) => _notePages.GetValueOrDefault(noteId) ?? NoEntities;

    /// <summary>What the page's prose cites, uses and links to.</summary>
    public BodyScan Body(Entity e) => _bodies.GetValueOrDefault(e.Id) ?? NoBody;

    /// <summary>
    /// Entities no other page links to (by relation, wiki link, fact or table row): a reader browsing the
    /// wiki could only reach them through the index pages or search.
    /// </summary>
    public IEnumerable<Entity> Orphans() => Content.Entities.Where(e => !_linkedTo.Contains(e.Id));

    /// <summary>Every entity the page links to or from, for its neighbourhood view.</summary>
    public IEnumerable<Entity> Neighbours(Entity e) =>
        e.Relations.Select(r => Entity(r.TargetId)).OfType<Entity>()
            .Concat(BacklinksTo(e).Select(b => b.From))
            .Distinct();

    private void AddBody(Entity entity, BodyScan body)
    {
        foreach (var key in body.CitedKeys) AddCitation(key, entity);
        foreach (var term in body.Terms) Add(_termPages, term, entity);
        foreach (var target in body.LinkTargets) _linkedTo.Add(target);
        _bodies[entity.Id] = body;
    }

    private void AddCitation(string key, Entity page) => AddOnce(_citingPages, key, page);

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    // A set of pairs rather than List.Contains keeps linking linear when one reference is cited by thousands of pages.
    private readonly HashSet<(object Map, string Key, string Page)> _added = [];

    private void AddOnce(Dictionary<string, List<Entity>> map, string key, Entity value)
    {
        if (!_added.Add((map, key.ToLowerInvariant(), value.Id))) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
