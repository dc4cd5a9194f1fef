namespace JakKb.Rendering.Charts;

/// <summary>One bar: the category as the source names it, the value as printed, and the length parsed from it.</summary>
public sealed record Bar(string Category, string Printed, double Length);

/// <summary>
/// A horizontal bar chart drawn at build time: each category's name on its own line above its bar, the value
/// as printed at the bar's end, so long names never need truncating and the chart reads at phone width.
/// </summary>
public static class BarChart
{
    private const double Width = 600, Left = 4, Right = 90, Top = 8, RowHeight = 42, BarHeight = 16;

    public static string Render(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var height = Top + bars.Count * RowHeight + 4;
        var max = Math.Max(bars.Select(b => b.Length).DefaultIfEmpty(0).Max(), 1e-9);
        var scale = (Width - Left - Right) / max;
        var svg = new SvgWriter()
            .Open(Width, height, ("class", "chart-svg"), ("role", "img"), ("aria-labelledby", $"{id}-t {id}-d"))
            .TitleAndDesc(id, title, description);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            var length = bar.Length * scale;
            svg.Text(Left, y + 13, bar.Category, "cat")
                .Rect(Left, y + 19, length, BarHeight, "bar", 2)
                .Text(Left + length + 6, y + 19 + BarHeight - 3, bar.Printed, "val");
        }
        svg.Line(Left, Top + 16, Left, height - 4, "axis");
        return svg.Close().ToString();
    }
}
