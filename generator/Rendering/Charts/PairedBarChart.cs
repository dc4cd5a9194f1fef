namespace JakKb.Rendering.Charts;

/// <summary>Two values for one category (e.g. high versus low expressers), each as printed and as a bar length.</summary>
public sealed record BarPair(string Category, string PrintedA, double LengthA, string PrintedB, double LengthB);

/// <summary>
/// Paired horizontal bars on one scale: series A above series B for each category, with a legend. Same
/// layout rules as <see cref="BarChart"/>: names above the bars, values as printed at the bars' ends.
/// </summary>
public static class PairedBarChart
{
    private const double Width = 600, Left = 4, Right = 90, Legend = 26, RowHeight = 58, BarHeight = 14;

    public static string Render(string id, string title, string description, string seriesA, string seriesB, IReadOnlyList<BarPair> pairs)
    {
        var height = Legend + pairs.Count * RowHeight + 4;
        var max = Math.Max(pairs.SelectMany(p => new[] { p.LengthA, p.LengthB }).DefaultIfEmpty(0).Max(), 1e-9);
        var scale = (Width - Left - Right) / max;
        var svg = new SvgWriter()
            .Open(Width, height, ("class", "chart-svg"), ("role", "img"), ("aria-labelledby", $"{id}-t {id}-d"))
            .TitleAndDesc(id, title, description)
            .Rect(Left, 6, 12, 12, "bar", 2).Text(Left + 18, 16, seriesA, "val")
            .Rect(Left + 250, 6, 12, 12, "bar-alt", 2).Text(Left + 268, 16, seriesB, "val");
        for (var i = 0; i < pairs.Count; i++)
        {
            var p = pairs[i];
            var y = Legend + i * RowHeight;
            svg.Text(Left, y + 13, p.Category, "cat")
                .Rect(Left, y + 18, p.LengthA * scale, BarHeight, "bar", 2)
                .Text(Left + p.LengthA * scale + 6, y + 18 + BarHeight - 2, p.PrintedA, "val")
                .Rect(Left, y + 18 + BarHeight + 2, p.LengthB * scale, BarHeight, "bar-alt", 2)
                .Text(Left + p.LengthB * scale + 6, y + 18 + 2 * BarHeight, p.PrintedB, "val");
        }
        svg.Line(Left, Legend + 16, Left, height - 4, "axis");
        return svg.Close().ToString();
    }
}
