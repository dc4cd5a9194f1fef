using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;

namespace JakKb.Tests.Loading;

public class ChartSchemaReaderTests
{
    private static readonly string[] Types = ["book", "author", "source"];

    private static (IReadOnlyList<Measure> Measures, IReadOnlyList<ChartSpec> Charts, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var map = YamlMap.Parse("input/schema.yml", yaml, 1, bag, "The schema")!;
        var (measures, charts) = ChartSchemaReader.Read(map, Types);
        return (measures, charts, bag.Sorted());
    }

    private const string Measures = """
        measures:
          - { key: pages, label: Pages, help: "How many pages a book has." }
          - { key: rating, label: Rating, unit: "/5", list_cell: value_and_label, help: "A reader rating." }

        """;

    [Fact]
    public void A_chart_is_read_with_every_setting()
    {
        var (measures, charts, diagnostics) = Read(Measures + """
            charts:
              - id: chart-ratings
                title: Ratings, high versus low
                kind: paired
                measure: rating
                facts_on: [book]
                facts_concerning: [Author]
                bar_name: owner_and_subgroup
                sort: largest_first
                series:
                  - { legend: High, text: high }
                  - { legend: Low, text: low }
                columns:
                  - { heading: Book, shows: bar }
                  - { heading: High, shows: value }
                  - { heading: Low, shows: compared }
                  - { heading: Source, shows: source }
                shown_on: [home, book, provenance]
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["pages", "rating"], measures.Select(m => m.Key));
        Assert.Equal(MeasureCell.ValueAndLabel, measures[1].Cell);
        Assert.Equal("/5", measures[1].Unit);
        var chart = Assert.Single(charts);
        Assert.Equal(("chart-ratings", ChartKind.Paired, "rating"), (chart.Id, chart.Kind, chart.Measure));
        Assert.Equal(["book"], chart.FactsOn);
        Assert.Equal(["author"], chart.FactsConcerning); // as the schema spells the type
        Assert.Equal((BarName.OwnerAndSubgroup, ChartOrder.LargestFirst), (chart.BarName, chart.Order));
        Assert.Equal([new ChartSeries("High", "high"), new ChartSeries("Low", "low")], chart.Series);
        Assert.Equal([ChartCell.Bar, ChartCell.Value, ChartCell.Compared, ChartCell.Source], chart.Columns.Select(c => c.Shows));
        Assert.True(chart.OnHome);
        Assert.True(chart.OnProvenancePages);
        Assert.Equal(["book"], chart.OnIndexOf);
    }

    [Fact]
    public void A_chart_of_an_undeclared_measure_is_an_error_at_the_measure_with_a_suggestion()
    {
        var (_, charts, diagnostics) = Read(Measures + """
            charts:
              - id: chart-pages
                title: Pages
                measure: pagess
                facts_on: [book]
                columns: [{ heading: Book, shows: bar }]
            """);

        Assert.Empty(charts);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ChartUnknownMeasure, d.Code);
        Assert.Equal((7, 14), (d.Where.Line, d.Where.Column));
        Assert.Contains("Did you mean 'pages'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_type_or_setting_is_an_error_at_the_item_with_a_suggestion()
    {
        var (_, charts, diagnostics) = Read(Measures + """
            charts:
              - id: chart-pages
                title: Pages
                measure: pages
                sort: largst_first
                facts_on: [book, autor]
                columns: [{ heading: Book, shows: bars }]
            """);

        Assert.Empty(charts);
        Assert.Collection(diagnostics,
            d => Assert.Equal((DiagnosticCodes.InvalidChartSetting, 8, 11, true), (d.Code, d.Where.Line, d.Where.Column, d.Message.Contains("Did you mean 'largest_first'?", StringComparison.Ordinal))),
            d => Assert.Equal((DiagnosticCodes.ChartUnknownType, 9, 22, true), (d.Code, d.Where.Line, d.Where.Column, d.Message.Contains("Did you mean 'author'?", StringComparison.Ordinal))),
            d => Assert.Equal((DiagnosticCodes.InvalidChartSetting, 10, 39, true), (d.Code, d.Where.Line, d.Where.Column, d.Message.Contains("Did you mean 'bar'?", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_paired_chart_needs_two_series_and_only_it_shows_the_compared_number()
    {
        var (_, charts, diagnostics) = Read(Measures + """
            charts:
              - id: chart-a
                title: A
                kind: paired
                measure: rating
                facts_on: [book]
                columns: [{ heading: Book, shows: bar }]
              - id: chart-b
                title: B
                measure: rating
                facts_on: [book]
                columns: [{ heading: Book, shows: bar }, { heading: Low, shows: compared }]
            """);

        Assert.Empty(charts);
        Assert.Equal([DiagnosticCodes.InvalidChartSetting, DiagnosticCodes.InvalidChartSetting], diagnostics.Select(d => d.Code));
        Assert.Contains("two entries", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("Only a paired chart", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_key_or_chart_id_declared_twice_is_an_error_at_the_second()
    {
        var (measures, charts, diagnostics) = Read(Measures + """
              - { key: pages, label: Pages again, help: "Twice." }
            charts:
              - { id: chart-a, title: A, measure: pages, facts_on: [book], columns: [{ heading: Book, shows: bar }] }
              - { id: chart-a, title: B, measure: pages, facts_on: [book], columns: [{ heading: Book, shows: bar }] }
            """);

        Assert.Equal(2, measures.Count);
        Assert.Single(charts);
        Assert.Equal([(DiagnosticCodes.DuplicateMeasureOrChart, 4), (DiagnosticCodes.DuplicateMeasureOrChart, 7)], diagnostics.Select(d => (d.Code, d.Where.Line)));
    }

    [Fact]
    public void A_chart_fed_by_no_type_is_an_error()
    {
        var (_, charts, diagnostics) = Read(Measures + """
            charts:
              - { id: chart-a, title: A, measure: pages, columns: [{ heading: Book, shows: bar }] }
            """);

        Assert.Empty(charts);
        Assert.Equal(DiagnosticCodes.InvalidChartSetting, Assert.Single(diagnostics).Code);
    }
}
