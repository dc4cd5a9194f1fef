using JakKb.Linking;
using JakKb.Model;
using JakKb.Rendering.Charts;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering;

/// <summary>
/// The relation graph page (cytokines | kinases | drugs | trials) and each entity page's neighbourhood view,
/// both drawn at build time as SVG with <see cref="RelationGraph"/>.
/// </summary>
public sealed class GraphPage(SiteGraph graph)
{
    private static readonly EntityType[] Columns = [EntityType.Cytokine, EntityType.Kinase, EntityType.Drug, EntityType.Trial];

    /// <summary>The relations the graph page draws: each joins two of its columns.</summary>
    private static readonly string[] Drawn = ["signals_via", "targets", "tests"];

    private readonly Lazy<(List<Entity> Nodes, List<(Entity From, RelationKind Kind, Entity To)> Edges)> _layout = new(() => Layout(graph));

    public ScriptObject Build(PageLinks links)
    {
        var (nodes, edges) = _layout.Value;
        var description = $"{nodes.Count} pages in four columns (cytokines, kinases, drugs, trials) joined by {edges.Count} relations: "
            + "a cytokine signals via a kinase, a drug targets a kinase, a trial tests a drug. Every box is a link to its page; the same connections are listed in the table below.";
        var svg = RelationGraph.Render("graph", "Relation graph of cytokines, kinases, drugs and trials", description,
            Columns.Select(t => t.Plural).ToList(),
            nodes.Select(e => new GraphNode(e.Id, e.Title, links.Root + e.Url, Array.IndexOf(Columns, e.Type), e.Type.Name)).ToList(),
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
        var incoming = graph.BacklinksTo(entity).Select(b => b.From).DistinctBy(e => e.Key).OrderBy(e => e.Type.Name, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();
        var outgoing = entity.Relations.Select(r => graph.Entity(r.TargetId)).OfType<Entity>().DistinctBy(e => e.Key).OrderBy(e => e.Type.Name, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ToList();
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

    /// <summary>
    /// Kinases in title order; cytokines and drugs ordered by the mean position of the kinases they connect to,
    /// trials by that of the drugs they test (the barycentre heuristic), so few edges cross. Deterministic.
    /// </summary>
    private static (List<Entity>, List<(Entity, RelationKind, Entity)>) Layout(SiteGraph graph)
    {
        var edges = graph.Content.Entities.Where(e => Columns.Contains(e.Type))
            .SelectMany(e => e.Relations.Where(r => Drawn.Contains(r.Kind.Field)).Select(r => (From: e, r.Kind, To: graph.Entity(r.TargetId))))
            .Where(x => x.To is not null && Columns.Contains(x.To.Type))
            .Select(x => (x.From, x.Kind, To: x.To!))
            .OrderBy(x => Array.IndexOf(Columns, x.From.Type)).ThenBy(x => x.From.Title, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.To.Title, StringComparer.OrdinalIgnoreCase)
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
        Place(graph.ByType[EntityType.Kinase], _ => []);
        Place(graph.ByType[EntityType.Cytokine], e => Linked(e).Where(x => x.Type == EntityType.Kinase));
        Place(graph.ByType[EntityType.Drug], e => Linked(e).Where(x => x.Type == EntityType.Kinase));
        Place(graph.ByType[EntityType.Trial], e => Linked(e).Where(x => x.Type == EntityType.Drug));
        var nodes = Columns.SelectMany(t => graph.ByType[t].OrderBy(e => order[e.Key])).ToList();
        return (nodes, edges);
    }
}
