using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Rendering.Charts;
using JakKb.Tests.Support;

namespace JakKb.Tests.Rendering.Charts;

/// <summary>
/// Charts are declared in the site's schema and fed by the facts that say what they measure: a small site whose
/// measures and charts (page counts and ratings of editions) the generator has never seen shows that nothing
/// about the JAK charts is built in.
/// </summary>
public class SiteChartsTests
{
    private const string Schema = """
        types:
          - name: trial
            folder: trials
            singular: Edition
            plural: Editions
            list_columns: [design, pages]
            fields:
              - { name: design, kind: text, required: true, label: Format, help: "The edition's format." }
              - { name: population, kind: text, required: true, label: Readers, help: "Who reads it." }
          - name: source
            folder: sources
            singular: Review
            plural: Reviews
            provenance: true
            tables: true
            fields:
              - { name: authors, kind: text, required: true, label: Critic, help: "Who wrote it." }
              - { name: journal, kind: text, required: true, label: Paper, help: "Where it appeared." }
              - { name: year, kind: text, required: true, label: Year, help: "When." }
        relations: []
        measures:
          - { key: pages, label: Page count, help: "How many pages an edition has." }
          - { key: rating, label: Rating, unit: "/5", help: "A reader rating." }
          - { key: weight, label: Weight, help: "No fact says it measures this." }
        charts:
          - id: chart-pages
            title: Pages by edition
            measure: pages
            facts_on: [trial]
            bar_name: owner_and_subgroup
            sort: largest_first
            columns:
              - { heading: Edition, shows: bar }
              - { heading: Pages, shows: value }
              - { heading: Fact, shows: label }
              - { heading: Review, shows: source }
            shown_on: [trial, provenance]
          - id: chart-rating
            title: Ratings, critics versus readers
            kind: paired
            measure: rating
            facts_on: [trial]
            bar_name: subgroup
            series:
              - { legend: Critics, text: critics }
              - { legend: Readers, text: readers }
            columns:
              - { heading: Edition, shows: bar }
              - { heading: Critics, shows: value }
              - { heading: Readers, shows: compared }
            shown_on: [home]
          - id: chart-weight
            title: Weight
            measure: weight
            facts_on: [trial]
            columns: [{ heading: Edition, shows: bar }]
            shown_on: [home, trial]
        graph: { columns: [trial] }
        """;

    internal static TestSite Editions() => new TestSite()
        .With("site.yml", "title: Editions\n")
        .With("schema.yml", Schema)
        .With("sources/rev.md", "---\ntitle: The review\nsummary: A review.\nauthors: A B\njournal: J\nyear: \"2020\"\n---\nOn [[alpha]] and [[beta]].\n")
        .With("trials/alpha.md", """
            ---
            title: Alpha
            summary: A long edition.
            design: hardback
            population: adults
            facts:
              - { label: Length of the first edition, measure: pages, value: "300", source: rev, locator: p. 1 }
              - { label: Pages in the index, value: "999", source: rev, locator: p. 2 }
              - { label: Stars, measure: rating, subgroup: Alpha, value: "4.5", unit: /5, comparator: "readers 3.9", source: rev, locator: p. 3 }
            ---
            """)
        .With("trials/beta.md", """
            ---
            title: Beta
            summary: A short edition.
            design: paperback
            population: children
            facts:
              - { label: Length, measure: pages, subgroup: paperback, value: "120", source: rev, locator: p. 4 }
              - { label: Length, measure: pages, subgroup: hardback, value: "n/a", source: rev, locator: p. 5 }
            ---
            """);

    private static (SiteCharts Charts, SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics) Load(TestSite site)
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(site.InputDir, bag);
        return (new SiteCharts(SiteGraph.Link(content)), content, bag.Sorted());
    }

    [Fact]
    public void A_declared_bar_chart_draws_each_fact_of_its_measure_named_and_ordered_as_the_schema_says()
    {
        using var site = Editions();
        var (charts, _, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        var chart = charts.All.First(c => c.Id == "chart-pages");
        Assert.Equal("Pages by edition", chart.Title);
        Assert.Equal(["Edition", "Pages", "Fact", "Review"], chart.Columns);
        // Largest first; the unmeasured "Pages in the index" and the unprintable "n/a" are not drawn.
        Assert.Equal(
            [["Alpha", "300", "Length of the first edition", "The review, p. 1"], ["Beta: paperback", "120", "Length", "The review, p. 4"]],
            chart.Rows.Select(r => r.Cells));
        Assert.Equal(["trials/alpha/#fact-1", "trials/beta/#fact-1"], chart.Rows.Select(r => r.Url));
        Assert.Equal("Bar chart. Alpha: 300; Beta: paperback: 120.", chart.Description);
        Assert.Contains(">Beta: paperback</text>", chart.Svg, StringComparison.Ordinal);
        Assert.Equal(["rev"], chart.SourceIds);
    }

    [Fact]
    public void A_paired_chart_draws_the_value_beside_the_number_its_comparator_prints()
    {
        using var site = Editions();
        var (charts, _, _) = Load(site);

        var chart = charts.All.First(c => c.Id == "chart-rating");
        Assert.Equal([["Alpha", "4.5 /5", "3.9"]], chart.Rows.Select(r => r.Cells));
        Assert.Equal("Paired bar chart. Alpha: critics 4.5 /5, readers 3.9.", chart.Description);
        Assert.Contains(">Readers</text>", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_chart_is_on_the_pages_its_shown_on_names()
    {
        using var site = Editions();
        var (charts, content, _) = Load(site);
        var trial = content.Schema.TypeNamed("trial")!;

        Assert.Equal(["chart-rating"], charts.OnHome.Select(c => c.Id));
        Assert.Equal(["chart-pages"], charts.OnIndexOf(trial).Select(c => c.Id));
        Assert.Equal(["chart-pages"], charts.FromSource(content.Entities.Single(e => e.Id == "rev")).Select(c => c.Id));
    }

    /// <summary>A chart whose measure no fact uses yet is left out, as a chart with nothing to draw: no empty figure, no warning.</summary>
    [Fact]
    public void A_chart_whose_measure_no_fact_uses_is_absent_without_a_warning()
    {
        using var site = Editions();
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.DoesNotContain("chart-weight", site.Read("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("chart-weight", site.Read("trials/index.html"), StringComparison.Ordinal);
        Assert.Contains("chart-pages", site.Read("trials/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_in_a_types_list_columns_is_a_column_of_its_index_page()
    {
        using var site = Editions();
        var (charts, content, _) = Load(site);

        var (label, cell) = Assert.Single(charts.ListColumns(content.Schema.TypeNamed("trial")!));
        Assert.Equal("Page count", label);
        // A value measured in a subgroup names it, so it never reads as the whole study's (issue 14).
        Assert.StartsWith("120 (subgroup: paperback); n/a (subgroup:", cell(content.Entities.Single(e => e.Id == "beta")));
    }

    [Fact]
    public void Renaming_a_charted_facts_label_keeps_it_in_the_chart()
    {
        var bag = new DiagnosticBag();
        var content = ContentLoader.Load(RepoPaths.Input, bag);
        var before = new SiteCharts(SiteGraph.Link(content)).All.Single(c => c.Id == "chart-orr");
        var trial = content.Entities.Single(e => e.Facts.Any(f => f.Id == "rux-mono-orr"));
        var renamed = content with
        {
            Entities = [.. content.Entities.Select(e => e == trial
                ? e with { Facts = [.. e.Facts.Select(f => f.Id == "rux-mono-orr" ? f with { Label = "Share of patients whose tumour shrank" } : f)] }
                : e)],
        };

        var after = new SiteCharts(SiteGraph.Link(renamed)).All.Single(c => c.Id == "chart-orr");

        Assert.Equal(before.Rows.Select(r => r.Url), after.Rows.Select(r => r.Url));
        Assert.Contains(after.Rows, r => r.Url.EndsWith("#fact-rux-mono-orr", StringComparison.Ordinal) && r.Cells.Contains("Share of patients whose tumour shrank"));
    }

    /// <summary>A <c>serve</c> rebuild keeps the charts when no changed file, before or after, has a fact with a measure.</summary>
    [Fact]
    public void A_rebuild_keeps_the_charts_after_an_edit_without_measured_facts_and_redraws_them_after_one_with()
    {
        using var site = Editions();
        var first = ContentLoader.Load(site.InputDir, new DiagnosticBag());
        var charts = new SiteCharts(SiteGraph.Link(first));

        site.With("sources/rev.md", "---\ntitle: The review\nsummary: A review, edited.\nauthors: A B\njournal: J\nyear: \"2020\"\n---\nOn [[alpha]] and [[beta]].\n");
        var second = ContentLoader.Load(site.InputDir, new DiagnosticBag());
        var kept = new SiteCharts(SiteGraph.Link(second), charts, ChangeSet.Between(first, second));

        site.With("trials/alpha.md", File.ReadAllText(Path.Combine(site.InputDir, "trials/alpha.md")).Replace("\"300\"", "\"310\"", StringComparison.Ordinal));
        var third = ContentLoader.Load(site.InputDir, new DiagnosticBag());
        var redrawn = new SiteCharts(SiteGraph.Link(third), kept, ChangeSet.Between(second, third));

        Assert.Same(charts.All.First(), kept.All.First());
        Assert.Equal("310", redrawn.All.First().Rows[0].Cells[1]);
    }
}
