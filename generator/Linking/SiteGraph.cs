using JakKb.Building;
using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// The linking stage's product: the content plus every computed connection (backlinks, facts and table rows
/// shown on the pages they concern, who cites what, where each term and note is used). Each file's connections
/// (<see cref="EntityLinks"/>) are filed in indexes in the order of the files, in linear time; pages only look
/// things up. A rebuild updates the last graph for the files that changed (<see cref="Update"/>).
/// </summary>
public sealed class SiteGraph
{
    private static readonly BodyScan NoBody = new([], [], []);

    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, BodyScan> _bodies;
    private readonly Indexes _indexes;
    private readonly Dictionary<string, int> _linksTo;
    private readonly Lazy<DataHashes> _hashes;

    private SiteGraph(SiteContent content, Lazy<DataHashes> hashes, GlossaryMatcher glossary, Dictionary<string, Entity> entities, Dictionary<string, BodyScan> bodies,
        Indexes indexes, Dictionary<string, int> linksTo, IReadOnlyDictionary<EntityType, IReadOnlyList<Entity>> byType)
    {
        Content = content;
        _hashes = hashes;
        Glossary = glossary;
        _entities = entities;
        _bodies = bodies;
        _indexes = indexes;
        _linksTo = linksTo;
        ByType = byType;
        References = content.Bibliography.GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Notes = content.CurationNotes.GroupBy(n => n.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    private const string ScanStep = "scan";

    /// <summary>Links <paramref name="content"/> anew: each file's connections are found in parallel, then filed in file order.</summary>
    public static SiteGraph Link(SiteContent content, Memo? memo = null) => Link(content, new Lazy<DataHashes>(() => new DataHashes(content)), null, memo ?? Memo.None);

    private static SiteGraph Link(SiteContent content, Lazy<DataHashes> hashes, GlossaryMatcher? glossary, Memo memo)
    {
        glossary ??= new GlossaryMatcher(content.Glossary);
        var entities = content.Entities.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var bodies = new BodyScan[content.Entities.Count];
        var links = new EntityLinks[content.Entities.Count];
        Parallel.For(0, bodies.Length, i =>
        {
            bodies[i] = Scan(content.Entities[i], content.Schema, glossary, hashes, memo);
            links[i] = EntityLinks.Of(content.Entities[i], bodies[i], entities.ContainsKey);
        });
        var byId = new Dictionary<string, BodyScan>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < bodies.Length; i++) byId[content.Entities[i].Id] = bodies[i];
        var linksTo = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Count(linksTo, links, +1);
        return new SiteGraph(content, hashes, glossary, entities, byId, Indexes.Of(links), linksTo, content.Schema.Types.ToDictionary(t => t, t => Sorted(content, t)));
    }

    /// <summary>
    /// The graph of <paramref name="content"/>, made from this one by replacing the connections of the files that
    /// <paramref name="changes"/> names: its indexes share every untouched key. Linked anew when the change is not
    /// one of edited files alone (a file added, removed or renamed, an id or type changed, an id used twice, or an
    /// edited glossary, which every scan reads).
    /// </summary>
    public SiteGraph Update(SiteContent content, ChangeSet? changes, Memo? memo = null)
    {
        memo ??= Memo.None;
        var hashes = new Lazy<DataHashes>(new DataHashes(content));
        var glossary = hashes.Value.Glossary == Hashes.Glossary ? Glossary : null;
        if (glossary is null || changes is null || _entities.Count != Content.Entities.Count || content.Schema.Hash != Content.Schema.Hash
            || changes.Entities.Any(c => c.Old.Id != c.Now.Id || c.Old.Type != c.Now.Type))
            return Link(content, hashes, glossary, memo);

        var entities = new Dictionary<string, Entity>(_entities, StringComparer.OrdinalIgnoreCase);
        var bodies = new Dictionary<string, BodyScan>(_bodies, StringComparer.OrdinalIgnoreCase);
        var linksTo = new Dictionary<string, int>(_linksTo, StringComparer.OrdinalIgnoreCase);
        var before = new List<EntityLinks>();
        var after = new List<EntityLinks>();
        foreach (var (_, old, now) in changes.Entities)
        {
            if (entities[now.Id].Key == now.Key) entities[now.Id] = now;
            var body = Scan(now, content.Schema, glossary, hashes, memo);
            bodies[now.Id] = body;
            before.Add(EntityLinks.Of(old, Body(old), entities.ContainsKey));
            after.Add(EntityLinks.Of(now, body, entities.ContainsKey));
        }
        var indexes = _indexes.With([.. changes.Entities.Select(c => c.Position)], before, after);
        Count(linksTo, before, -1);
        Count(linksTo, after, +1);
        var byType = content.Schema.Types.ToDictionary(t => t, t => changes.Entities.Any(c => c.Now.Type == t)
            ? Updated(ByType[t], [.. changes.Entities.Where(c => c.Now.Type == t).Select(c => (c.Old, c.Now))], content, t)
            : ByType[t]);
        return new SiteGraph(content, hashes, glossary, entities, bodies, indexes, linksTo, byType);
    }

    /// <summary>A body's scan reads the body, the glossary and the schema's type folders (a /folder/id/ link); nothing else.</summary>
    private static BodyScan Scan(Entity e, Schema schema, GlossaryMatcher glossary, Lazy<DataHashes> hashes, Memo memo) =>
        memo.Remembers ? memo.Get(ScanStep, e.InputPath, new Fingerprint().Add(e.SourceHash).Add(hashes.Value.Glossary).Value ^ schema.Hash, () => BodyScan.Of(e, schema, glossary))
            : BodyScan.Of(e, schema, glossary);

    public SiteContent Content { get; }

    /// <summary>Hashes of the data items; made on first use, as a plain build needs only the glossary's.</summary>
    public DataHashes Hashes => _hashes.Value;

    public IReadOnlyDictionary<string, Reference> References { get; }

    public IReadOnlyDictionary<string, CurationNote> Notes { get; }

    public GlossaryMatcher Glossary { get; }

    public IReadOnlyDictionary<EntityType, IReadOnlyList<Entity>> ByType { get; }

    public Entity? Entity(string id) => _entities.GetValueOrDefault(id);

    public IReadOnlyList<Backlink> BacklinksTo(Entity e) => _indexes.Backlinks[e.Id];

    public IReadOnlyList<FactPlacement> FactsConcerning(Entity e) => _indexes.FactsConcerning[e.Id];

    public IReadOnlyList<FactPlacement> FactsFromSource(Entity source) => _indexes.FactsFromSource[source.Id];

    public IReadOnlyList<RowPlacement> RowsConcerning(Entity e) => _indexes.RowsConcerning[e.Id];

    public IReadOnlyList<Entity> PagesCiting(string key) => Pages(_indexes.Citations[key]);

    public IReadOnlyList<Entity> PagesUsingTerm(GlossaryTerm term) => Pages(_indexes.Terms[term.Term]);

    public IReadOnlyList<Entity> PagesWithNote(string noteId) => Pages(_indexes.Notes[noteId]);

    /// <summary>
    /// The entities whose file names <paramref name="e"/> (a relation, a fact or table row about it, a fact drawn
    /// from it, a wiki link in the prose): their pages show its link.
    /// </summary>
    public IEnumerable<Entity> PagesNaming(Entity e) =>
        BacklinksTo(e).Select(b => b.From)
            .Concat(FactsConcerning(e).Select(p => p.Owner))
            .Concat(FactsFromSource(e).Select(p => p.Owner))
            .Concat(RowsConcerning(e).Select(r => r.Source))
            .Concat(Pages(_indexes.WikiLinks[e.Id]))
            .DistinctBy(e => e.Key);

    /// <summary>The ids <paramref name="e"/>'s file names: relation targets and the sources of their provenance, fact sources, what its facts, table rows and prose concern.</summary>
    public IEnumerable<string> IdsNamedBy(Entity e) =>
        e.Relations.Select(r => r.TargetId)
            .Concat(e.Relations.Select(r => r.Provenance?.SourceId).OfType<string>().Where(id => id.Length > 0))
            .Concat(e.Facts.SelectMany(f => f.Concerns.Prepend(f.Provenance.SourceId)))
            .Concat(e.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Concerns))
            .Concat(Body(e).LinkTargets);

    /// <summary>What the page's prose cites, uses and links to.</summary>
    public BodyScan Body(Entity e) => _bodies.GetValueOrDefault(e.Id) ?? NoBody;

    /// <summary>
    /// Entities no other page links to (by relation, wiki link, fact or table row): a reader browsing the
    /// wiki could only reach them through the index pages or search.
    /// </summary>
    public IEnumerable<Entity> Orphans() => Content.Entities.Where(e => !_linksTo.ContainsKey(e.Id));

    /// <summary>Every entity the page links to or from, for its neighbourhood view.</summary>
    public IEnumerable<Entity> Neighbours(Entity e) =>
        e.Relations.Select(r => Entity(r.TargetId)).OfType<Entity>()
            .Concat(BacklinksTo(e).Select(b => b.From))
            .DistinctBy(e => e.Key);

    /// <summary>Each page once, in the order first filed.</summary>
    private List<Entity> Pages(IReadOnlyList<string> ids) =>
        ids.Distinct(StringComparer.OrdinalIgnoreCase).Select(Entity).OfType<Entity>().ToList();

    private static IReadOnlyList<Entity> Sorted(SiteContent content, EntityType type) =>
        content.Entities.Where(e => e.Type == type).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The entities of one type by title, with the changed ones put in place; sorted again if a title changed.</summary>
    private static IReadOnlyList<Entity> Updated(IReadOnlyList<Entity> list, List<(Entity Old, Entity Now)> changed, SiteContent content, EntityType type)
    {
        if (changed.Any(c => c.Old.Title != c.Now.Title)) return Sorted(content, type);
        var updated = list.ToList();
        foreach (var (old, now) in changed) updated[updated.FindIndex(e => e.Key == old.Key)] = now;
        return updated;
    }

    private static void Count(Dictionary<string, int> linksTo, IEnumerable<EntityLinks> links, int by)
    {
        foreach (var id in links.SelectMany(l => l.LinksTo))
        {
            var count = linksTo.GetValueOrDefault(id) + by;
            if (count == 0) linksTo.Remove(id);
            else linksTo[id] = count;
        }
    }

    /// <summary>The graph's indexes, each built from the same connections of every file.</summary>
    private sealed record Indexes(
        LinkIndex<Backlink> Backlinks,
        LinkIndex<FactPlacement> FactsConcerning,
        LinkIndex<FactPlacement> FactsFromSource,
        LinkIndex<RowPlacement> RowsConcerning,
        LinkIndex<string> Citations,
        LinkIndex<string> Terms,
        LinkIndex<string> Notes,
        LinkIndex<string> WikiLinks)
    {
        public static Indexes Of(IReadOnlyList<EntityLinks> links) => new(
            LinkIndex<Backlink>.Of([.. links.Select(l => l.Backlinks)]),
            LinkIndex<FactPlacement>.Of([.. links.Select(l => l.FactsConcerning)]),
            LinkIndex<FactPlacement>.Of([.. links.Select(l => l.FactsFromSource)]),
            LinkIndex<RowPlacement>.Of([.. links.Select(l => l.RowsConcerning)]),
            LinkIndex<string>.Of([.. links.Select(l => l.Citations)]),
            LinkIndex<string>.Of([.. links.Select(l => l.Terms)]),
            LinkIndex<string>.Of([.. links.Select(l => l.Notes)]),
            LinkIndex<string>.Of([.. links.Select(l => l.WikiLinks)]));

        public Indexes With(IReadOnlyList<int> changed, IReadOnlyList<EntityLinks> before, IReadOnlyList<EntityLinks> after) => new(
            Backlinks.With(changed, [.. before.Select(l => l.Backlinks)], [.. after.Select(l => l.Backlinks)]),
            FactsConcerning.With(changed, [.. before.Select(l => l.FactsConcerning)], [.. after.Select(l => l.FactsConcerning)]),
            FactsFromSource.With(changed, [.. before.Select(l => l.FactsFromSource)], [.. after.Select(l => l.FactsFromSource)]),
            RowsConcerning.With(changed, [.. before.Select(l => l.RowsConcerning)], [.. after.Select(l => l.RowsConcerning)]),
            Citations.With(changed, [.. before.Select(l => l.Citations)], [.. after.Select(l => l.Citations)]),
            Terms.With(changed, [.. before.Select(l => l.Terms)], [.. after.Select(l => l.Terms)]),
            Notes.With(changed, [.. before.Select(l => l.Notes)], [.. after.Select(l => l.Notes)]),
            WikiLinks.With(changed, [.. before.Select(l => l.WikiLinks)], [.. after.Select(l => l.WikiLinks)]));
    }
}
