using JakKb.Model;

namespace JakKb.Rendering.Charts;

/// <summary>
/// Draws one declared chart from the facts that feed it: names, orders and sizes the bars as its
/// <see cref="ChartSpec"/> says, and fills its data table. Values are printed exactly as the facts give them;
/// they are parsed only to size the bars.
/// </summary>
public static class ChartDrawing
{
    /// <summary>
    /// The chart of <paramref name="spec"/> over <paramref name="facts"/>, or null when none of them can be drawn;
    /// <paramref name="provenance"/> gives a fact's "source title, locator" for the data table.
    /// </summary>
    public static Chart? Draw(ChartSpec spec, IEnumerable<FactPlacement> facts, Func<Fact, string> provenance)
    {
        var drawn = facts.Where(p => Drawable(spec, p.Fact)).ToList();
        if (spec.Order == ChartOrder.LargestFirst)
            drawn = [.. drawn.OrderByDescending(p => PrintedNumber.BarLength(p.Fact.Value)).ThenBy(p => p.Owner.Title, StringComparer.OrdinalIgnoreCase)];
        if (drawn.Count == 0) return null;

        var names = drawn.Select(p => NameOfBar(spec, p)).ToList();
        var ranges = drawn.Any(p => PrintedNumber.IsRange(p.Fact.Value) || (spec.Kind == ChartKind.Paired && PrintedNumber.IsRange(Compared(p.Fact))))
            ? " A printed range is drawn to its upper end." : "";
        string description, svg;
        if (spec.Kind == ChartKind.Paired)
        {
            var (a, b) = (spec.Series[0], spec.Series[1]);
            var pairs = drawn.Select((p, i) => new BarPair(names[i], SiteCharts.Printed(p.Fact), PrintedNumber.BarLength(p.Fact.Value)!.Value,
                Compared(p.Fact)!, PrintedNumber.BarLength(Compared(p.Fact))!.Value)).ToList();
            description = "Paired bar chart. " + string.Join("; ", pairs.Select(p => $"{p.Category}: {a.Text} {p.PrintedA}, {b.Text} {p.PrintedB}")) + "." + ranges;
            svg = PairedBarChart.Render(spec.Id, spec.Title, description, a.Legend, b.Legend, pairs);
        }
        else
        {
            var bars = drawn.Select((p, i) => new Bar(names[i], SiteCharts.Printed(p.Fact), PrintedNumber.BarLength(p.Fact.Value)!.Value)).ToList();
            description = "Bar chart. " + string.Join("; ", bars.Select(b => $"{b.Category}: {b.Printed}")) + "." + ranges;
            svg = BarChart.Render(spec.Id, spec.Title, description, bars);
        }
        var rows = drawn.Select((p, i) => new ChartRow(p.Owner.Url + "#" + EntityPage.FactAnchor(p.Fact, p.Owner),
            [.. spec.Columns.Select(c => Cell(c.Shows, p.Fact, names[i], provenance))])).ToList();
        return new Chart(spec.Id, spec.Title, description, svg, [.. spec.Columns.Select(c => c.Heading)], rows,
            drawn.Select(p => p.Fact.Provenance.SourceId).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A fact is drawn when its value (and a paired chart's comparator) prints a number that fits a bar.</summary>
    private static bool Drawable(ChartSpec spec, Fact fact) =>
        PrintedNumber.BarLength(fact.Value) is not null && (spec.Kind != ChartKind.Paired || PrintedNumber.BarLength(Compared(fact)) is not null);

    /// <summary>The number a comparator prints, as printed: "low/intact 48.90%" → "48.90%".</summary>
    public static string? Compared(Fact fact) => PrintedNumber.Token(fact.Comparator);

    private static string NameOfBar(ChartSpec spec, FactPlacement p) => spec.BarName switch
    {
        BarName.Subgroup => p.Fact.Measure?.Subgroup ?? p.Fact.Label,
        BarName.OwnerAndSubgroup => p.Fact.Measure?.Subgroup is { } subgroup ? $"{p.Owner.Title}: {subgroup}" : p.Owner.Title,
        _ => p.Fact.Label,
    };

    private static string Cell(ChartCell shows, Fact fact, string bar, Func<Fact, string> provenance) => shows switch
    {
        ChartCell.Bar => bar,
        ChartCell.Label => fact.Label,
        ChartCell.Subgroup => fact.Measure?.Subgroup ?? "",
        ChartCell.Value => SiteCharts.Printed(fact),
        ChartCell.Compared => Compared(fact) ?? "",
        ChartCell.N => fact.N ?? "",
        ChartCell.P => fact.P ?? "",
        ChartCell.Timeframe => fact.Timeframe ?? "",
        _ => provenance(fact),
    };
}
