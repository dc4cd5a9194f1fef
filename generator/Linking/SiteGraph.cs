using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// The linking stage's product: the content plus every computed connection (backlinks, facts and table rows
/// shown on the pages they concern, who cites what, where each term and note is used). Each file's connections
/// (<see cref="EntityLinks"/>) are filed in indexes in the order of the files, in linear time; pages only look
/// things up. In a <c>serve</c> session the graph of the last build is updated for the files that changed.
/// </summary>
public sealed class SiteGraph
{
    private static readonly BodyScan NoBody = new([], [], []);

    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, BodyScan> _bodies;
    private readonly Indexes _indexes;
    private readonly Dictionary<string, int> _linksTo;
    private readonly Lazy<DataHashes> _hashes;

    /// <summary>Links <paramref name="content"/>; <paramref name="cache"/> keeps the last graph and body scans of the same session.</summary>
    public SiteGraph(SiteContent content, LinkCache? cache = null)
    {
        Content = content;
        var previous = cache?.Previous;
        var sameData = previous is not null && ReferenceEquals(previous.Content.Glossary, content.Glossary)
            && ReferenceEquals(previous.Content.Bibliography, content.Bibliography) && ReferenceEquals(previous.Content.CurationNotes, content.CurationNotes);
        _hashes = sameData ? previous!._hashes : new Lazy<DataHashes>(() => new DataHashes(content));
        References = previous is not null && ReferenceEquals(previous.Content.Bibliography, content.Bibliography) ? previous.References
            : content.Bibliography.GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Notes = previous is not null && ReferenceEquals(previous.Content.CurationNotes, content.CurationNotes) ? previous.Notes
            : content.CurationNotes.GroupBy(n => n.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        if (previous is not null && ReferenceEquals(previous.Content.Glossary, content.Glossary) && ChangedFiles(previous, content) is { } changed)
        {
            // The last graph, with the connections of the changed files replaced: its indexes share every untouched key.
            Glossary = previous.Glossary;
            _entities = new Dictionary<string, Entity>(previous._entities, StringComparer.OrdinalIgnoreCase);
            _bodies = new Dictionary<string, BodyScan>(previous._bodies, StringComparer.OrdinalIgnoreCase);
            _linksTo = new Dictionary<string, int>(previous._linksTo, StringComparer.OrdinalIgnoreCase);
            var before = new List<EntityLinks>();
            var after = new List<EntityLinks>();
            foreach (var (_, old, now) in changed)
            {
                if (_entities[now.Id].InputPath == now.InputPath) _entities[now.Id] = now;
                var body = cache!.Scan(now, Glossary);
                cache.Forget(old);
                _bodies[now.Id] = body;
                before.Add(EntityLinks.Of(old, previous.Body(old), _entities.ContainsKey));
                after.Add(EntityLinks.Of(now, body, _entities.ContainsKey));
            }
            _indexes = previous._indexes.With([.. changed.Select(c => c.Position)], before, after);
            Count(_linksTo, before, -1);
            Count(_linksTo, after, +1);
            ByType = EntityType.All.ToDictionary(t => t, t => changed.Any(c => c.Now.Type == t)
                ? Updated(previous.ByType[t], [.. changed.Where(c => c.Now.Type == t).Select(c => (c.Old, c.Now))], content, t)
                : previous.ByType[t]);
        }
        else
        {
            // Linked anew: each file's connections are found in parallel, then filed in file order.
            Glossary = previous is not null && ReferenceEquals(previous.Content.Glossary, content.Glossary) ? previous.Glossary : new GlossaryMatcher(content.Glossary);
            _entities = content.Entities.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var scan = cache?.ScansFor(content.Entities, Glossary, Hashes.Glossary) ?? (e => BodyScan.Of(e, Glossary));
            var bodies = new BodyScan[content.Entities.Count];
            var links = new EntityLinks[content.Entities.Count];
            Parallel.For(0, bodies.Length, i =>
            {
                bodies[i] = scan(content.Entities[i]);
                links[i] = EntityLinks.Of(content.Entities[i], bodies[i], _entities.ContainsKey);
            });
            _bodies = new Dictionary<string, BodyScan>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < bodies.Length; i++) _bodies[content.Entities[i].Id] = bodies[i];
            _indexes = Indexes.Of(links);
            _linksTo = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            Count(_linksTo, links, +1);
            ByType = EntityType.All.ToDictionary(t => t, t => Sorted(content, t));
        }
        if (cache is not null) cache.Previous = this;
    }

    public SiteContent Content { get; }

    /// <summary>Hashes of the data items; made on first use, by builds that cache or write incrementally.</summary>
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
            .Distinct();

    /// <summary>The ids <paramref name="e"/>'s file names: relation targets, fact sources, what its facts, table rows and prose concern.</summary>
    public IEnumerable<string> IdsNamedBy(Entity e) =>
        e.Relations.Select(r => r.TargetId)
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
            .Distinct();

    /// <summary>Each page once, in the order first filed.</summary>
    private List<Entity> Pages(IReadOnlyList<string> ids) =>
        ids.Distinct(StringComparer.OrdinalIgnoreCase).Select(Entity).OfType<Entity>().ToList();

    /// <summary>
    /// The files that changed since <paramref name="previous"/>, when the graph can be updated for them: the same
    /// files in the same order, each with its id and type, and no id used twice. Otherwise null.
    /// </summary>
    private static IReadOnlyList<(int Position, Entity Old, Entity Now)>? ChangedFiles(SiteGraph previous, SiteContent content) =>
        previous._entities.Count == previous.Content.Entities.Count && content.ChangedSince(previous.Content) is { } changed
            && changed.All(c => c.Old.Id == c.Now.Id && c.Old.Type == c.Now.Type)
            ? changed : null;

    private static IReadOnlyList<Entity> Sorted(SiteContent content, EntityType type) =>
        content.Entities.Where(e => e.Type == type).OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The entities of one type by title, with the changed ones put in place; sorted again if a title changed.</summary>
    private static IReadOnlyList<Entity> Updated(IReadOnlyList<Entity> list, List<(Entity Old, Entity Now)> changed, SiteContent content, EntityType type)
    {
        if (changed.Any(c => c.Old.Title != c.Now.Title)) return Sorted(content, type);
        var updated = list.ToList();
        foreach (var (old, now) in changed) updated[updated.IndexOf(old)] = now;
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
