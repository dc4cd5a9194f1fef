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
/// The charts the schema declares, drawn from the facts that say they measure what each chart plots
/// (<see cref="FactMeasure"/>), and the index-page columns of measures. A fact's label plays no part in which chart
/// shows it. Built once per build and shared by every page.
/// </summary>
public sealed class SiteCharts
{
    private readonly SiteGraph _graph;
    private readonly Schema _schema;
    private readonly IReadOnlyList<(ChartSpec Spec, Chart Chart)> _charts;

    /// <summary>The charts of <paramref name="graph"/>; those of <paramref name="previous"/> when no edit since could change them.</summary>
    public SiteCharts(SiteGraph graph, SiteCharts? previous = null, ChangeSet? changes = null)
    {
        _graph = graph;
        _schema = graph.Content.Schema;
        if (previous is not null && changes is not null && previous._schema.Hash == _schema.Hash && SameCharts(changes))
        {
            (_charts, Problems) = (previous._charts, previous.Problems);
            return;
        }
        var fed = _schema.Charts.Select(spec => (Spec: spec, Facts: FactsFeeding(spec).ToList())).ToList();
        Problems = FindProblems(fed);
        _charts = [.. fed.Select(c => (c.Spec, Chart: ChartDrawing.Draw(c.Spec, c.Facts, Provenance))).Where(c => c.Chart is not null).Select(c => (c.Spec, c.Chart!))];
    }

    /// <summary>
    /// Charts show facts with a measure, with the title of the entity declaring them and of their source. When the
    /// same files changed in neither, and no version of a changed file has a measured fact, the charts are the same:
    /// building them means reading every fact the charts' types hold, which a <c>serve</c> rebuild after one edit spares.
    /// </summary>
    private static bool SameCharts(ChangeSet changes) =>
        changes.Entities.All(c => c.Old.Id == c.Now.Id && c.Old.Title == c.Now.Title && !Measured(c.Old) && !Measured(c.Now));

    private static bool Measured(Entity e) => e.Facts.Any(f => f.Measure is not null);

    /// <summary>Charted values that cannot be drawn and were left out, one warning each; the build reports them.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>
    /// A value a chart picks whose number overflows a double would scale every bar of the chart to NaN; it is left
    /// out (<see cref="PrintedNumber.BarLength"/>) and said so, at the value, once however many charts pick it.
    /// </summary>
    private static List<Diagnostic> FindProblems(IEnumerable<(ChartSpec Spec, List<FactPlacement> Facts)> fed)
    {
        var problems = new List<Diagnostic>();
        var seen = new HashSet<(Fact, string)>(new FieldOfFact());
        foreach (var (spec, facts) in fed)
        {
            foreach (var fact in facts.Select(p => p.Fact))
            {
                if (PrintedNumber.TooLarge(fact.Value) && seen.Add((fact, "value"))) problems.Add(Unusable(fact, "value", fact.Value));
                if (spec.Kind == ChartKind.Paired && PrintedNumber.TooLarge(ChartDrawing.Compared(fact)) && seen.Add((fact, "comparator")))
                    problems.Add(Unusable(fact, "comparator", fact.Comparator!));
            }
        }
        return problems;
    }

    /// <summary>Facts compared by reference: two facts with equal fields on two pages are two facts.</summary>
    private sealed class FieldOfFact : IEqualityComparer<(Fact Fact, string Field)>
    {
        public bool Equals((Fact Fact, string Field) x, (Fact Fact, string Field) y) => ReferenceEquals(x.Fact, y.Fact) && x.Field == y.Field;

        public int GetHashCode((Fact Fact, string Field) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Fact), obj.Field);
    }

    private static Diagnostic Unusable(Fact fact, string field, string printed) =>
        new(fact.Where, Severity.Warning, DiagnosticCodes.UnchartableValue,
            $"'{field}' of the fact '{fact.Label}' holds a number too large to draw ({printed.Length} characters); it is left out of the chart. " +
            "Write the value as the source prints it, a number of at most 308 digits.");

    /// <summary>Every chart with something to draw, in the order the schema declares them.</summary>
    public IEnumerable<Chart> All => _charts.Select(c => c.Chart);

    /// <summary>The charts the home page shows.</summary>
    public IEnumerable<Chart> OnHome => _charts.Where(c => c.Spec.OnHome).Select(c => c.Chart);

    /// <summary>The charts the index page of <paramref name="type"/> shows.</summary>
    public IEnumerable<Chart> OnIndexOf(EntityType type) =>
        _charts.Where(c => c.Spec.OnIndexOf.Contains(type.Name, StringComparer.OrdinalIgnoreCase)).Select(c => c.Chart);

    /// <summary>The charts with data from <paramref name="source"/>, for that source document's page.</summary>
    public IEnumerable<Chart> FromSource(Entity source) =>
        _charts.Where(c => c.Spec.OnProvenancePages && c.Chart.SourceIds.Contains(source.Id)).Select(c => c.Chart);

    /// <summary>A fact's value with its unit, as the page's fact tables print it ("42.6%", "4.3 months").</summary>
    public static string Printed(Fact f) =>
        f.Unit is null ? f.Value : f.Unit == "%" ? f.Value + "%" : f.Value + " " + f.Unit;

    /// <summary>
    /// The measure columns of a type's index page (its <c>list_columns</c> that name a measure, in order): each
    /// entity's cell lists the facts on or concerning it that have the measure.
    /// </summary>
    public IReadOnlyList<(string Label, Func<Entity, string?> Cell)> ListColumns(EntityType type) =>
        [.. (_schema.TypeNamed(type.Name) ?? type).ListColumns
            .Select(name => _schema.Measures.FirstOrDefault(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)))
            .OfType<Measure>()
            .Select(m => (m.Label, (Func<Entity, string?>)(e => Join(FactsOn(e).Where(p => Measures(p.Fact, m.Key)),
                p => (m.Cell == MeasureCell.ValueAndLabel ? $"{Printed(p.Fact)} ({p.Fact.Label})" : Printed(p.Fact)) + OfSubgroup(p.Fact)))))];

    /// <summary>
    /// A value measured in a subgroup or arm says so beside the number, so an index row never shows it as the value of
    /// the whole study (whose size sits in another column).
    /// </summary>
    private static string OfSubgroup(Fact fact) => fact.Measure?.Subgroup is { } subgroup ? $" (subgroup: {subgroup})" : "";

    private static string? Join(IEnumerable<FactPlacement> facts, Func<FactPlacement, string> text)
    {
        var parts = facts.Select(text).ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>A qualitative fact is the source's words: never a bar or a number cell, whatever measure it names.</summary>
    private static bool Measures(Fact fact, string key) =>
        fact.Kind != FactKind.Qualitative && string.Equals(fact.Measure?.Key, key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Facts declared on <paramref name="e"/> and facts elsewhere that concern it, each once.</summary>
    private IEnumerable<FactPlacement> FactsOn(Entity e) =>
        Measured(e.Facts).Select(f => new FactPlacement(f, e)).Concat(_graph.FactsConcerning(e).Where(p => p.Fact.Kind != FactKind.Qualitative)).DistinctBy(p => p.Fact);

    /// <summary>A qualitative fact is the source's words, never a bar or a number cell, whatever its label says.</summary>
    private static IEnumerable<Fact> Measured(IEnumerable<Fact> facts) => facts.Where(f => f.Kind != FactKind.Qualitative);

    /// <summary>
    /// The facts of the chart's measure on (or concerning) the entities of its types, each once: the types in the
    /// schema's order, each type's entities in the graph's order, an entity's own facts before those about it.
    /// </summary>
    private IEnumerable<FactPlacement> FactsFeeding(ChartSpec spec)
    {
        bool Named(IReadOnlyList<string> names, EntityType t) => names.Contains(t.Name, StringComparer.OrdinalIgnoreCase);
        return _schema.Types
            .Where(t => Named(spec.FactsOn, t) || Named(spec.FactsConcerning, t))
            .SelectMany(t => _graph.ByType.TryGetValue(t, out var entities) ? entities.Select(e => (Type: t, Entity: e)) : [])
            .SelectMany(x => (Named(spec.FactsOn, x.Type) ? x.Entity.Facts.Select(f => new FactPlacement(f, x.Entity)) : [])
                .Concat(Named(spec.FactsConcerning, x.Type) ? _graph.FactsConcerning(x.Entity) : []))
            .Where(p => Measures(p.Fact, spec.Measure))
            .DistinctBy(p => p.Fact);
    }

    private string Provenance(Fact f) =>
        (_graph.Entity(f.Provenance.SourceId)?.Title ?? f.Provenance.SourceId) + ", " + f.Provenance.Locator;

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
