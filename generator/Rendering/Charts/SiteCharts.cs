using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Model;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering.Charts;

/// <summary>A chart ready to place on a page: its SVG, its text alternative and the data table shown beside it.</summary>
public sealed record Chart(string Id, string Title, string Description, string Svg, IReadOnlyList<string> Columns, IReadOnlyList<ChartRow> Rows, IReadOnlySet<string> SourceIds);

/// <summary>One row of a chart's data table; <see cref="Url"/> is site-relative and points at the fact it shows.</summary>
public sealed record ChartRow(string Url, IReadOnlyList<string> Cells);

/// <summary>
/// The site's charts, derived from the facts at build time: which facts feed which chart is decided by their
/// labels, the way a reader would recognise them. Values are printed exactly as the facts give them; they are
/// parsed only to size the bars. Built once per build and shared by every page.
/// </summary>
public sealed partial class SiteCharts
{
    [GeneratedRegex(@"\b(overexpression|upregulation|mutation frequency) in HCC\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlterationFrequency();

    [GeneratedRegex(@"5-year OS rate", RegexOptions.IgnoreCase)]
    private static partial Regex FiveYearOs();

    [GeneratedRegex(@"\bORR\b")]
    private static partial Regex Orr();

    [GeneratedRegex(@"\bPFS\b")]
    private static partial Regex Pfs();

    private readonly SiteGraph _graph;

    // Until the site declares its charts in schema.yml (the charts work replaces this class), the marker charts read
    // the entities of the graph page's anchor column and the study charts those of its last column.
    private readonly EntityType? _markerType;
    private readonly EntityType? _studyType;

    private IReadOnlyList<Entity> OfType(EntityType? type) => type is null ? [] : _graph.ByType.GetValueOrDefault(type) ?? [];

    /// <summary>The charts of <paramref name="graph"/>; those of <paramref name="previous"/> when no edit since could change them.</summary>
    public SiteCharts(SiteGraph graph, SiteCharts? previous = null, ChangeSet? changes = null)
    {
        _graph = graph;
        var schema = graph.Content.Schema;
        _markerType = schema.Graph.Anchor is { } anchor ? schema.TypeNamed(anchor) : null;
        _studyType = schema.Graph.Columns.Count > 0 ? schema.TypeNamed(schema.Graph.Columns[^1]) : null;
        if (previous is not null && changes is not null && SameCharts(changes))
        {
            (AlterationFrequencies, SurvivalByExpression, ResponseChart, PfsChart, Problems) =
                (previous.AlterationFrequencies, previous.SurvivalByExpression, previous.ResponseChart, previous.PfsChart, previous.Problems);
            return;
        }
        Problems = FindProblems();
        AlterationFrequencies = BuildFrequencies();
        SurvivalByExpression = BuildSurvival();
        ResponseChart = BuildStudyChart("chart-orr", $"Objective response rate (ORR) by {_studyType?.Name}", Orr(), "ORR");
        PfsChart = BuildStudyChart("chart-pfs", $"Median progression-free survival (PFS) by {_studyType?.Name}", Pfs(), "Median PFS");
    }

    /// <summary>
    /// Charts show facts picked by their labels, with the title and address of the entity they are about. When the
    /// same files changed in neither, and no version of a changed file has a fact a chart picks, the charts are the
    /// same: building them means reading every entity they chart, which a <c>serve</c> rebuild after one edit spares.
    /// </summary>
    private static bool SameCharts(ChangeSet changes) =>
        changes.Entities.All(c => c.Old.Id == c.Now.Id && c.Old.Title == c.Now.Title && !Charted(c.Old) && !Charted(c.Now));

    private static bool Charted(Entity e) =>
        e.Facts.Any(f => AlterationFrequency().IsMatch(f.Label) || FiveYearOs().IsMatch(f.Label) || Orr().IsMatch(f.Label) || Pfs().IsMatch(f.Label));

    /// <summary>Charted values that cannot be drawn and were left out, one warning each; the build reports them.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>
    /// A value a chart picks whose number overflows a double would scale every bar of the chart to NaN; it is left
    /// out (<see cref="PrintedNumber.BarLength"/>) and said so, at the value.
    /// </summary>
    private List<Diagnostic> FindProblems()
    {
        var markerFacts = OfType(_markerType).SelectMany(FactsOn).Select(p => p.Fact)
            .Where(f => AlterationFrequency().IsMatch(f.Label) || FiveYearOs().IsMatch(f.Label));
        var studyFacts = OfType(_studyType).SelectMany(t => t.Facts).Where(f => Orr().IsMatch(f.Label) || Pfs().IsMatch(f.Label));
        var problems = new List<Diagnostic>();
        foreach (var fact in markerFacts.Concat(studyFacts).Distinct())
        {
            if (PrintedNumber.TooLarge(fact.Value)) problems.Add(Unusable(fact, "value", fact.Value));
            if (FiveYearOs().IsMatch(fact.Label) && PrintedNumber.TooLarge(PrintedNumber.Token(fact.Comparator)))
                problems.Add(Unusable(fact, "comparator", fact.Comparator!));
        }
        return problems;
    }

    private static Diagnostic Unusable(Fact fact, string field, string printed) =>
        new(fact.Where, Severity.Warning, DiagnosticCodes.UnchartableValue,
            $"'{field}' of the fact '{fact.Label}' holds a number too large to draw ({printed.Length} characters); it is left out of the chart. " +
            "Write the value as the source prints it, a number of at most 308 digits.");

    public Chart? AlterationFrequencies { get; }

    public Chart? SurvivalByExpression { get; }

    public Chart? ResponseChart { get; }

    public Chart? PfsChart { get; }

    /// <summary>The charts an index page shows: the marker charts on the anchor type's list, the study charts on the study type's.</summary>
    public IEnumerable<Chart?> OnList(EntityType type) =>
        type == _markerType ? [AlterationFrequencies, SurvivalByExpression]
        : type == _studyType ? [ResponseChart, PfsChart]
        : [];

    public IEnumerable<Chart> All => new[] { AlterationFrequencies, SurvivalByExpression, ResponseChart, PfsChart }.OfType<Chart>();

    /// <summary>The charts with data from <paramref name="source"/>, for that source document's page.</summary>
    public IEnumerable<Chart> FromSource(Entity source) => All.Where(c => c.SourceIds.Contains(source.Id));

    /// <summary>A fact's value with its unit, as the page's fact tables print it ("42.6%", "4.3 months").</summary>
    public static string Printed(Fact f) =>
        f.Unit is null ? f.Value : f.Unit == "%" ? f.Value + "%" : f.Value + " " + f.Unit;

    /// <summary>Extra columns of a type's index page, filled from the facts whose label matches.</summary>
    public IReadOnlyList<(string Label, Func<Entity, string?> Cell)> ListColumns(EntityType type)
    {
        if (type == _markerType)
            return [("Alteration frequency in HCC", e => Join(FactsOn(e).Where(p => AlterationFrequency().IsMatch(p.Fact.Label)), p => $"{Printed(p.Fact)} ({p.Fact.Label})"))];
        if (type == _studyType)
            return [("ORR", e => Join(e.Facts.Where(f => Orr().IsMatch(f.Label)).Select(f => new FactPlacement(f, e)), p => Printed(p.Fact))),
                    ("Median PFS", e => Join(e.Facts.Where(f => Pfs().IsMatch(f.Label)).Select(f => new FactPlacement(f, e)), p => Printed(p.Fact)))];
        return [];
    }

    private static string? Join(IEnumerable<FactPlacement> facts, Func<FactPlacement, string> text)
    {
        var parts = facts.Select(text).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Facts declared on <paramref name="e"/> and facts elsewhere that concern it, each once.</summary>
    private IEnumerable<FactPlacement> FactsOn(Entity e) =>
        e.Facts.Select(f => new FactPlacement(f, e)).Concat(_graph.FactsConcerning(e)).DistinctBy(p => p.Fact);

    private Chart? BuildFrequencies()
    {
        var facts = OfType(_markerType).SelectMany(FactsOn)
            .Where(p => AlterationFrequency().IsMatch(p.Fact.Label) && PrintedNumber.BarLength(p.Fact.Value) is not null)
            .DistinctBy(p => p.Fact)
            .OrderByDescending(p => PrintedNumber.BarLength(p.Fact.Value)).ToList();
        if (facts.Count == 0) return null;
        const string id = "chart-alt-freq", title = "Frequency of JAK alterations in hepatocellular carcinoma (HCC)";
        var bars = facts.Select(p => new Bar(p.Fact.Label, Printed(p.Fact), PrintedNumber.BarLength(p.Fact.Value)!.Value)).ToList();
        var description = "Bar chart. " + string.Join("; ", bars.Select(b => $"{b.Category}: {b.Printed}")) + ". A printed range is drawn to its upper end.";
        return new Chart(id, title, description, BarChart.Render(id, title, description, bars),
            ["Alteration", "Frequency in HCC", "Source, location"],
            facts.Select(p => Row(p, p.Fact.Label, Printed(p.Fact), Provenance(p.Fact))).ToList(),
            Sources(facts));
    }

    private Chart? BuildSurvival()
    {
        var facts = OfType(_markerType).SelectMany(FactsOn)
            .Where(p => FiveYearOs().IsMatch(p.Fact.Label) && PrintedNumber.BarLength(PrintedNumber.Token(p.Fact.Comparator)) is not null
                && PrintedNumber.BarLength(p.Fact.Value) is not null)
            .DistinctBy(p => p.Fact).ToList();
        if (facts.Count == 0) return null;
        const string id = "chart-os", title = "5-year overall survival (OS) of high versus low expressers";
        var pairs = facts.Select(p =>
        {
            var low = PrintedNumber.Token(p.Fact.Comparator)!;
            return new BarPair(Marker(p.Fact.Label), Printed(p.Fact), PrintedNumber.BarLength(p.Fact.Value)!.Value, low, PrintedNumber.BarLength(low)!.Value);
        }).ToList();
        var description = "Paired bar chart. " + string.Join("; ", pairs.Select(p => $"{p.Category}: high/altered {p.PrintedA}, low/intact {p.PrintedB}")) + ".";
        return new Chart(id, title, description, PairedBarChart.Render(id, title, description, "High / altered", "Low / intact", pairs),
            ["Marker", "5-year OS, high/altered", "5-year OS, low/intact", "p", "Source, location"],
            facts.Zip(pairs, (p, pair) => Row(p, pair.Category, pair.PrintedA, pair.PrintedB, p.Fact.P ?? "", Provenance(p.Fact))).ToList(),
            Sources(facts));
    }

    /// <summary>"JAK2 overexpression: 5-year OS rate, high/altered" → "JAK2 overexpression": the label's own words before the colon.</summary>
    private static string Marker(string label) => label.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? label[..i] : label;

    private Chart? BuildStudyChart(string id, string title, Regex label, string column)
    {
        var facts = OfType(_studyType)
            .SelectMany(t => t.Facts.Where(f => label.IsMatch(f.Label) && PrintedNumber.BarLength(f.Value) is not null).Take(1).Select(f => new FactPlacement(f, t)))
            .OrderByDescending(p => PrintedNumber.BarLength(p.Fact.Value)).ThenBy(p => p.Owner.Title, StringComparer.OrdinalIgnoreCase).ToList();
        if (facts.Count == 0) return null;
        var bars = facts.Select(p => new Bar(Category(p), Printed(p.Fact), PrintedNumber.BarLength(p.Fact.Value)!.Value)).ToList();
        var description = "Bar chart. " + string.Join("; ", bars.Select(b => $"{b.Category}: {b.Printed}")) + ".";
        return new Chart(id, title, description, BarChart.Render(id, title, description, bars),
            [_studyType?.Singular ?? "", column, "Fact", "Source, location"],
            facts.Zip(bars, (p, b) => Row(p, b.Category, b.Printed, p.Fact.Label, Provenance(p.Fact))).ToList(),
            Sources(facts));
    }

    /// <summary>The study's title, plus the subgroup when the fact's label names one ("…, high JAK2").</summary>
    private static string Category(FactPlacement p)
    {
        var comma = p.Fact.Label.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? p.Owner.Title : $"{p.Owner.Title}: {p.Fact.Label[(comma + 2)..]}";
    }

    private string Provenance(Fact f) =>
        (_graph.Entity(f.Provenance.SourceId)?.Title ?? f.Provenance.SourceId) + ", " + f.Provenance.Locator;

    private static ChartRow Row(FactPlacement p, params string[] cells) =>
        new(p.Owner.Url + "#" + EntityPage.FactAnchor(p.Fact, p.Owner), cells);

    private static HashSet<string> Sources(IEnumerable<FactPlacement> facts) =>
        facts.Select(p => p.Fact.Provenance.SourceId).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The template model of <paramref name="chart"/> on a page with <paramref name="links"/>.</summary>
    public static ScriptObject Model(Chart chart, PageLinks links) => Object(
        ("id", Text(chart.Id)),
        ("title", Text(chart.Title)),
        ("svg", Html.Trusted(chart.Svg)),
        ("columns", List(chart.Columns, Text)),
        ("rows", List(chart.Rows, r => Object(
            ("url", Text(links.Root + r.Url)),
            ("first", Text(r.Cells[0])),
            ("rest", List(r.Cells.Skip(1), Text))))));

    public static ScriptArray Models(IEnumerable<Chart?> charts, PageLinks links) =>
        List(charts.OfType<Chart>(), c => Model(c, links));
}
