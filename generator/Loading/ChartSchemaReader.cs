using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Reads the <c>measures:</c> and <c>charts:</c> sections of <c>input/schema.yml</c>: what facts may say they
/// measure, and the charts drawn from them. Every reference is checked here (a chart's measure, its types, its
/// settings), so a chart that reaches the renderer can be drawn.
/// </summary>
public static class ChartSchemaReader
{
    private static readonly string[] MeasureFields = ["key", "label", "unit", "help", "list_cell"];

    private static readonly string[] ChartFields =
        ["id", "title", "kind", "measure", "facts_on", "facts_concerning", "bar_name", "sort", "columns", "series", "shown_on"];

    /// <summary>The words <c>shown_on</c> accepts besides a type name (whose index page shows the chart).</summary>
    public const string Home = "home", Provenance = "provenance";

    private static readonly (string Name, MeasureCell Value)[] Cells = [("value", MeasureCell.Value), ("value_and_label", MeasureCell.ValueAndLabel)];
    private static readonly (string Name, ChartKind Value)[] Kinds = [("bar", ChartKind.Bar), ("paired", ChartKind.Paired)];
    private static readonly (string Name, BarName Value)[] BarNames =
        [("label", BarName.Label), ("subgroup", BarName.Subgroup), ("owner_and_subgroup", BarName.OwnerAndSubgroup)];
    private static readonly (string Name, ChartOrder Value)[] Orders = [("as_listed", ChartOrder.AsListed), ("largest_first", ChartOrder.LargestFirst)];
    private static readonly (string Name, ChartCell Value)[] ColumnCells =
    [
        ("bar", ChartCell.Bar), ("label", ChartCell.Label), ("subgroup", ChartCell.Subgroup), ("value", ChartCell.Value),
        ("compared", ChartCell.Compared), ("n", ChartCell.N), ("p", ChartCell.P), ("timeframe", ChartCell.Timeframe), ("source", ChartCell.Source),
    ];

    /// <summary>The measures and charts <paramref name="schema"/> declares, its types being <paramref name="typeNames"/>.</summary>
    public static (IReadOnlyList<Measure> Measures, IReadOnlyList<ChartSpec> Charts) Read(YamlMap schema, IReadOnlyCollection<string> typeNames)
    {
        var measures = ReadMeasures(schema);
        var keys = measures.Select(m => m.Key).ToList();
        var charts = new List<ChartSpec>();
        var ids = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in schema.MapList("charts"))
        {
            if (ReadChart(map, keys, typeNames) is not { } chart) continue;
            if (ids.TryGetValue(chart.Id, out var first))
                map.Diagnostics.Error(map.SpanOf("id"), DiagnosticCodes.DuplicateMeasureOrChart,
                    $"The chart id '{chart.Id}' is already the id of the chart at line {first.Line}; give each chart its own id.");
            else
            {
                ids.Add(chart.Id, map.SpanOf("id"));
                charts.Add(chart);
            }
        }
        return (measures, charts);
    }

    private static List<Measure> ReadMeasures(YamlMap schema)
    {
        var measures = new List<Measure>();
        var keys = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in schema.MapList("measures"))
        {
            map.RejectUnknown(MeasureFields, "a measure");
            var key = map.Text("key", required: true, hint: "what facts write after 'measure:', e.g. response-rate");
            var label = map.Text("label", required: true, hint: "the heading of its index-page column");
            var help = map.Text("help", required: true, hint: "one sentence saying what the measure is");
            var cell = Choice(map, "list_cell", Cells, MeasureCell.Value);
            if (key is null || label is null || help is null) continue;
            if (!Slugs.IsSafe(key))
            {
                map.Diagnostics.Error(map.SpanOf("key"), DiagnosticCodes.UnsafeId, $"The measure key '{key}' is not a safe slug; use lower-case letters, digits and hyphens, e.g. '{Slugs.From(key)}'.");
                continue;
            }
            if (keys.TryGetValue(key, out var first))
            {
                map.Diagnostics.Error(map.SpanOf("key"), DiagnosticCodes.DuplicateMeasureOrChart,
                    $"The measure '{key}' is already declared at line {first.Line}; give each measure its own key.");
                continue;
            }
            keys.Add(key, map.SpanOf("key"));
            measures.Add(new Measure(key, label, map.Text("unit"), help) { Cell = cell });
        }
        return measures;
    }

    private static ChartSpec? ReadChart(YamlMap map, IReadOnlyList<string> measures, IReadOnlyCollection<string> typeNames)
    {
        map.RejectUnknown(ChartFields, "a chart");
        var id = map.Text("id", required: true, hint: "the chart's anchor on its pages, e.g. chart-response");
        var title = map.Text("title", required: true);
        var measure = map.Text("measure", required: true, hint: "the key of the measure it plots");
        var kind = Choice(map, "kind", Kinds, ChartKind.Bar);
        var barName = Choice(map, "bar_name", BarNames, BarName.Label);
        var order = Choice(map, "sort", Orders, ChartOrder.AsListed);
        var factsOn = Types(map, "facts_on", typeNames, []);
        var factsConcerning = Types(map, "facts_concerning", typeNames, []);
        var shownOn = Types(map, "shown_on", typeNames, [Home, Provenance]);
        var columnMaps = map.MapList("columns");
        var columns = columnMaps.Select(c => ReadColumn(c, kind)).OfType<ChartColumn>().ToList();
        var series = map.MapList("series").Select(ReadSeries).OfType<ChartSeries>().ToList();

        var ok = id is not null && title is not null && measure is not null;
        if (id is not null && !Slugs.IsSafe(id))
        {
            map.Diagnostics.Error(map.SpanOf("id"), DiagnosticCodes.UnsafeId, $"The chart id '{id}' is not a safe slug; use lower-case letters, digits and hyphens, e.g. '{Slugs.From(id)}'.");
            ok = false;
        }
        if (measure is not null && !measures.Contains(measure, StringComparer.OrdinalIgnoreCase))
        {
            map.Diagnostics.Error(map.SpanOf("measure"), DiagnosticCodes.ChartUnknownMeasure,
                $"The chart plots the measure '{measure}', which 'measures:' does not declare.{Suggestion(measure, measures, "declare it under 'measures:'")}");
            ok = false;
        }
        if (factsOn.Count + factsConcerning.Count == 0 && (map.Has("facts_on") || map.Has("facts_concerning")))
            ok = false; // each unknown type was reported where it is written
        else if (factsOn.Count + factsConcerning.Count == 0)
        {
            map.Diagnostics.Error(map.Span, DiagnosticCodes.InvalidChartSetting,
                "The chart has no facts to plot; name the types whose facts feed it in 'facts_on: [..]' (facts on their pages) or 'facts_concerning: [..]' (facts about them elsewhere).");
            ok = false;
        }
        if (columnMaps.Count == 0)
        {
            map.Diagnostics.Error(map.SpanOf("columns"), DiagnosticCodes.InvalidChartSetting,
                "The chart needs 'columns:', the headings of its data table, e.g. '- { heading: Name, shows: bar }'.");
            ok = false;
        }
        ok &= columns.Count == columnMaps.Count; // each bad column was reported where it is
        if (kind == ChartKind.Paired ? series.Count != 2 : map.Has("series"))
        {
            map.Diagnostics.Error(map.SpanOf("series"), DiagnosticCodes.InvalidChartSetting, kind == ChartKind.Paired
                ? "A paired chart needs 'series:' with two entries, '{ legend, text }' for the value and then for the comparator's number."
                : "Only a paired chart has 'series:'; remove it or write 'kind: paired'.");
            ok = false;
        }
        if (!ok) return null;
        return new ChartSpec(id!, title!)
        {
            Kind = kind,
            Measure = measures.First(m => string.Equals(m, measure, StringComparison.OrdinalIgnoreCase)),
            FactsOn = factsOn,
            FactsConcerning = factsConcerning,
            BarName = barName,
            Order = order,
            Columns = columns,
            Series = series,
            OnHome = shownOn.Contains(Home),
            OnProvenancePages = shownOn.Contains(Provenance),
            OnIndexOf = [.. shownOn.Where(s => s is not Home and not Provenance)],
        };
    }

    private static ChartColumn? ReadColumn(YamlMap map, ChartKind kind)
    {
        map.RejectUnknown(["heading", "shows"], "a chart column");
        var heading = map.Text("heading", required: true);
        var shows = Choice(map, "shows", [.. ColumnCells.Select(c => (c.Name, (ChartCell?)c.Value))], null, required: true);
        if (shows == ChartCell.Compared && kind != ChartKind.Paired)
        {
            map.Diagnostics.Error(map.SpanOf("shows"), DiagnosticCodes.InvalidChartSetting,
                "Only a paired chart draws the comparator's number; show 'value' here, or write 'kind: paired' on the chart.");
            return null;
        }
        return heading is null || shows is null ? null : new ChartColumn(heading, shows.Value);
    }

    private static ChartSeries? ReadSeries(YamlMap map)
    {
        map.RejectUnknown(["legend", "text"], "a chart series");
        var legend = map.Text("legend", required: true, hint: "its name in the chart's legend");
        var text = map.Text("text", required: true, hint: "its name in the chart's text description");
        return legend is null || text is null ? null : new ChartSeries(legend, text);
    }

    /// <summary>A list of type names (and <paramref name="words"/>), each checked, with a suggestion at the item when misspelt.</summary>
    private static List<string> Types(YamlMap map, string key, IReadOnlyCollection<string> typeNames, string[] words)
    {
        var items = map.TextList(key);
        var known = words.Concat(typeNames).ToList();
        var result = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var match = known.FirstOrDefault(k => string.Equals(k, items[i], StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                result.Add(match);
                continue;
            }
            map.Diagnostics.Error(SourceMap.Item(items, i, map.SpanOf(key)), DiagnosticCodes.ChartUnknownType,
                $"'{key}' names '{items[i]}', which is not a type the schema declares.{Suggestion(items[i], known, $"declare it under 'types:' (this accepts: {string.Join(", ", known)})")}");
        }
        return result;
    }

    /// <summary>The value of <paramref name="key"/> among <paramref name="options"/>; a value not among them is reported with the closest one.</summary>
    private static T Choice<T>(YamlMap map, string key, (string Name, T Value)[] options, T fallback, bool required = false)
    {
        var text = map.Text(key, required);
        if (text is null) return fallback;
        foreach (var (name, value) in options)
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return value;
        var names = options.Select(o => o.Name).ToList();
        map.Diagnostics.Error(map.SpanOf(key), DiagnosticCodes.InvalidChartSetting,
            $"'{key}' is '{text}', which is not one of: {string.Join(", ", names)}.{Suggestion(text, names, null)}");
        return fallback;
    }

    private static string Suggestion(string name, IEnumerable<string> allowed, string? otherwise) =>
        FieldNames.Closest(name, allowed) is { } s ? $" Did you mean '{s}'?" : otherwise is null ? "" : $" Fix it, or {otherwise}.";

    /// <summary>The key of a declared measure matching <paramref name="key"/>, or a "did you mean" for the diagnostic.</summary>
    public static string? Closest(string key, IEnumerable<Measure> measures) => FieldNames.Closest(key, measures.Select(m => m.Key));
}
