namespace JakKb.Rendering.Charts;

/// <summary>A node of a relation graph: a page, drawn in one column, linked to its URL.</summary>
public sealed record GraphNode(string Key, string Label, string Url, int Column, string Kind);

/// <summary>An edge between two nodes, by key; drawn only between different columns.</summary>
public sealed record GraphEdge(string From, string To);

/// <summary>
/// A layered drawing of a relation graph: nodes in fixed columns (e.g. authors | books | publishers),
/// in the order given, joined by curves. Deterministic, needs no script, and every node is a real link, so
/// the picture is also a way to navigate from the keyboard.
/// </summary>
public static class RelationGraph
{
    private const double NodeHeight = 24, RowGap = 8, ColumnGap = 64, Header = 28, CharWidth = 7.8, Padding = 16;

    public static string Render(string id, string title, string description, IReadOnlyList<string> columns,
        IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, string? currentKey = null)
    {
        var widths = columns.Select((_, c) => nodes.Where(n => n.Column == c).Select(n => n.Label.Length * CharWidth + Padding)
            .Append(columns[c].Length * CharWidth).Max()).ToArray();
        var x = new double[columns.Count];
        for (var c = 1; c < columns.Count; c++) x[c] = x[c - 1] + widths[c - 1] + ColumnGap;
        var rows = columns.Select((_, c) => nodes.Count(n => n.Column == c)).ToArray();
        var tallest = rows.DefaultIfEmpty(0).Max();
        var height = Header + tallest * (NodeHeight + RowGap) + 2;
        var width = x[^1] + widths[^1] + 2;

        var position = new Dictionary<string, (double X, double Y, int Column)>(StringComparer.Ordinal);
        var index = new int[columns.Count];
        foreach (var node in nodes)
        {
            var offset = (tallest - rows[node.Column]) * (NodeHeight + RowGap) / 2;
            var y = Header + offset + index[node.Column]++ * (NodeHeight + RowGap);
            position[node.Key] = (x[node.Column] + 1, y, node.Column);
        }

        var svg = new SvgWriter()
            .Open(width, height, ("class", "graph-svg"), ("aria-labelledby", $"{id}-t {id}-d"))
            .TitleAndDesc(id, title, description);
        for (var c = 0; c < columns.Count; c++)
            if (rows[c] > 0) svg.Text(x[c] + 1, 16, columns[c], "col");

        svg.OpenGroup("edges");
        foreach (var edge in edges)
        {
            if (!position.TryGetValue(edge.From, out var a) || !position.TryGetValue(edge.To, out var b) || a.Column == b.Column) continue;
            if (a.Column > b.Column) (a, b) = (b, a);
            svg.Curve(a.X + widths[a.Column], a.Y + NodeHeight / 2, b.X, b.Y + NodeHeight / 2,
                currentKey is not null && (edge.From == currentKey || edge.To == currentKey) ? "edge edge-current" : "edge");
        }
        svg.CloseGroup();

        foreach (var node in nodes)
        {
            var (nx, ny, column) = position[node.Key];
            svg.OpenLink(node.Url, node.Key == currentKey ? $"node node-{node.Kind} node-current" : $"node node-{node.Kind}")
                .Rect(nx, ny, widths[column], NodeHeight, "box", 5)
                .Text(nx + Padding / 2, ny + 16.5, node.Label)
                .CloseLink();
        }
        return svg.Close().ToString();
    }
}
