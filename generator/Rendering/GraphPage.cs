using JakKb.Linking;
using JakKb.Model;
using JakKb.Rendering.Charts;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering;

/// <summary>
/// The relation graph page, whose columns are the types the schema's <c>graph:</c> lists, and each entity page's
/// neighbourhood view, both drawn at build time as SVG with <see cref="RelationGraph"/>.
/// </summary>
public sealed class GraphPage
{
    private readonly SiteGraph _graph;
    private readonly Lazy<(List<Entity> Nodes, List<(Entity From, RelationKind Kind, Entity To)> Edges)> _layout;

    public GraphPage(SiteGraph graph)
    {
        _graph = graph;
        var schema = graph.Content.Schema;
        Columns = [.. schema.Graph.Columns.Select(schema.TypeNamed).OfType<EntityType>()];
        Anchor = schema.Graph.Anchor is { } anchor ? schema.TypeNamed(anchor) : null;
        _layout = new(() => Layout(graph, Columns, Anchor));
    }

    /// <summary>The types drawn, left to right.</summary>
    public IReadOnlyList<EntityType> Columns { get; }

    /// <summary>The column laid out first, by title; the others are ordered by what they connect to in it.</summary>
    private EntityType? Anchor { get; }

    /// <summary>"authors, books and publishers": the columns' folders, which name their entities in the plural.</summary>
    public static string Names(IReadOnlyList<EntityType> columns) =>
        columns.Count < 2 ? string.Join("", columns.Select(t => t.Folder))
            : string.Join(", ", columns.Take(columns.Count - 1).Select(t => t.Folder)) + " and " + columns[^1].Folder;

    private static readonly string[] Counts = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public ScriptObject Build(PageLinks links)
    {
        var (nodes, edges) = _layout.Value;
        var count = Columns.Count < Counts.Length ? Counts[Columns.Count] : Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var legend = _graph.Content.Schema.Graph.Legend is { } l ? $": {l}." : ".";
        var description = $"{nodes.Count} pages in {count} columns ({string.Join(", ", Columns.Select(t => t.Folder))}) joined by {edges.Count} relations{legend}"
            + " Every box is a link to its page; the same connections are listed in the table below.";
        var svg = RelationGraph.Render("graph", $"Relation graph of {Names(Columns)}", description,
            Columns.Select(t => t.Plural).ToList(),
            nodes.Select(e => new GraphNode(e.Id, e.Title, links.Root + e.Url, IndexOf(Columns, e.Type), e.Type.Name)).ToList(),
            edges.Select(e => new GraphEdge(e.From.Id, e.To.Id)).ToList());
        return Object(
            ("svg", Html.Trusted(svg)),
            ("edges", List(edges, e => Object(
                ("from", EntityPage.Link(e.From, links)),
                ("label", Text(e.Kind.ForwardLabel.ToLowerInvariant())),
                ("to", EntityPage.Link(e.To, links))))));
    }

    /// <summary>The entity with what links to it on the left and what it links to on the right; null when it has no relations.</summary>
    public Html? Neighbourhood(Entity entity, PageLinks links)
    {
        var incoming = _graph.BacklinksTo(entity).Select(b => b.From).DistinctBy(e => e.Key).OrderBy(e => e.Type.Name, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();
        var outgoing = entity.Relations.Select(r => _graph.Entity(r.TargetId)).OfType<Entity>().DistinctBy(e => e.Key).OrderBy(e => e.Type.Name, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();
        if (incoming.Count + outgoing.Count == 0) return null;
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        foreach (var e in incoming)
        {
            nodes.Add(new GraphNode("in:" + e.Id, e.Title, links.Root + e.Url, 0, e.Type.Name));
            edges.Add(new GraphEdge("in:" + e.Id, "self"));
        }
        nodes.Add(new GraphNode("self", entity.Title, links.Root + entity.Url, 1, entity.Type.Name));
        foreach (var e in outgoing)
        {
            nodes.Add(new GraphNode("out:" + e.Id, e.Title, links.Root + e.Url, 2, e.Type.Name));
            edges.Add(new GraphEdge("self", "out:" + e.Id));
        }
        var description = $"{entity.Title} is linked from {Names(incoming)} and links to {Names(outgoing)}.";
        return Html.Trusted(RelationGraph.Render("hood", $"Neighbourhood of {entity.Title}", description,
            [incoming.Count > 0 ? "Linked from" : "", entity.Type.Singular, outgoing.Count > 0 ? "Links to" : ""], nodes, edges, "self"));
    }

    private static string Names(IReadOnlyCollection<Entity> entities) =>
        entities.Count == 0 ? "no page" : string.Join(", ", entities.Select(e => e.Title));

    private static int IndexOf(IReadOnlyList<EntityType> columns, EntityType type)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i] == type) return i;
        return -1;
    }

    /// <summary>
    /// The anchor column in title order; then, column by column outward from it (left before right), each entity
    /// by the mean position of the entities it connects to in the column next to it on the anchor's side (the
    /// barycentre heuristic), so few edges cross. The graph draws the relations between neighbouring columns. Deterministic.
    /// </summary>
    private static (List<Entity>, List<(Entity, RelationKind, Entity)>) Layout(SiteGraph graph, IReadOnlyList<EntityType> columns, EntityType? anchor)
    {
        bool Neighbouring(EntityType a, EntityType b) => Math.Abs(IndexOf(columns, a) - IndexOf(columns, b)) == 1;
        var edges = graph.Content.Entities.Where(e => IndexOf(columns, e.Type) >= 0)
            .SelectMany(e => e.Relations.Select(r => (From: e, r.Kind, To: graph.Entity(r.TargetId))))
            .Where(x => x.To is not null && IndexOf(columns, x.To.Type) >= 0 && Neighbouring(x.From.Type, x.To.Type))
            .Select(x => (x.From, x.Kind, To: x.To!))
            .OrderBy(x => IndexOf(columns, x.From.Type)).ThenBy(x => x.From.Title, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.To.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        // Keyed by entity key: the content and an updated graph may hold different loads of an unchanged file.
        var order = new Dictionary<string, double>(StringComparer.Ordinal);
        void Place(IEnumerable<Entity> column, Func<Entity, IEnumerable<Entity>> anchors)
        {
            var ranked = column.Select(e => (e, key: anchors(e).Where(a => order.ContainsKey(a.Key)).Select(a => order[a.Key]).DefaultIfEmpty(double.MaxValue).Average()))
                .OrderBy(x => x.key).ThenBy(x => x.e.Title, StringComparer.OrdinalIgnoreCase).ToList();
            for (var i = 0; i < ranked.Count; i++) order[ranked[i].e.Key] = i;
        }
        // Adjacency built once: scanning every edge for every node made the layout quadratic (33 s at 10,000 entities).
        var adjacent = edges.SelectMany(x => new[] { (Node: x.From, Other: x.To), (Node: x.To, Other: x.From) })
            .ToLookup(x => x.Node.Key, x => x.Other, StringComparer.Ordinal);
        IEnumerable<Entity> Linked(Entity e) => adjacent[e.Key];
        IReadOnlyList<Entity> Of(EntityType t) => graph.ByType.GetValueOrDefault(t) ?? [];
        var start = anchor is null ? 0 : Math.Max(0, IndexOf(columns, anchor));
        if (columns.Count > 0) Place(Of(columns[start]), _ => []);
        for (var distance = 1; distance < columns.Count; distance++)
        {
            foreach (var side in new[] { -1, +1 })
            {
                var at = start + side * distance;
                if (at < 0 || at >= columns.Count) continue;
                var inward = columns[at - side];
                Place(Of(columns[at]), e => Linked(e).Where(x => x.Type == inward));
            }
        }
        var nodes = columns.SelectMany(t => Of(t).OrderBy(e => order[e.Key])).ToList();
        return (nodes, edges);
    }
}
