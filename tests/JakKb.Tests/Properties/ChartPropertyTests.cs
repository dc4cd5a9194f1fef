using System.Text.RegularExpressions;
using CsCheck;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Rendering.Charts;
using JakKb.Tests.Support;

namespace JakKb.Tests.Properties;

/// <summary>
/// Whatever a fact holds, the charts never crash and never draw NaN or infinity: every field that feeds a chart
/// (measure, subgroup, label, value, unit, comparator, p, the owner's title) is generated, on a kinase and on a
/// trial, under the JAK site's own schema and its four charts.
/// </summary>
public partial class ChartPropertyTests
{
    /// <summary>The measures the four charts plot, one no chart plots, and none.</summary>
    private static readonly string?[] Measures = ["alteration-frequency", "os-5y", "orr", "pfs-median", "unplotted", null];

    private static readonly SiteContent Site = LoadSite();

    private static readonly Fact Template = Site.Entities.Single(e => e.Id == "jak2").Facts[0];

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Const("0"), Gen.Const("0.0"), Gen.Const("2-3"), Gen.Const("2 – 3%"), Gen.Const("NaN"), Gen.Const("Infinity"), Gen.Const("-1"), Gen.Const("1e999"),
        Gen.Const("٤٢"), Gen.Const("４２%"), Gen.Const("42.6%"),
        Gen.Char['0', '9'].Array[1, 700].Select(d => new string(d)),
        Gen.Select(Gen.Char['0', '9'].Array[1, 400], Gen.Char['0', '9'].Array[1, 400]).Select(t => new string(t.Item1) + "." + new string(t.Item2)),
        Gen.Select(Gen.Char['0', '9'].Array[300, 400], Gen.String).Select(t => new string(t.Item1) + "-" + t.Item2),
        Gen.String);

    private static readonly Gen<string> Text = Gen.OneOf(Number, Gen.String);

    private static readonly Gen<FactMeasure?> Measure =
        Gen.Select(Gen.Int[0, Measures.Length - 1], Gen.String.Null())
            .Select(t => Measures[t.Item1] is { } key ? new FactMeasure(key, t.Item2, Template.Where) : null);

    private static readonly Gen<Fact[]> Facts =
        Gen.Select(Measure, Gen.String, Number, Text.Null(), Text.Null(), Text.Null())
            .Select(t => Template with { Measure = t.Item1, Label = t.Item2, Value = t.Item3, Unit = t.Item4, Comparator = t.Item5, P = t.Item6 })
            .Array[1, 4];

    /// <summary>The minimal site under the JAK site's schema, so the charts are the ones the knowledge base declares.</summary>
    private static TestSite JakSite() => TestSite.Minimal().With("schema.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "schema.yml")));

    private static SiteContent LoadSite()
    {
        using var site = JakSite()
            .With("trials/t1.md", "---\ntitle: T1\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: ORR\n    measure: orr\n    value: \"11.1\"\n    source: doc\n    locator: Table 3\n---\n");
        return ContentLoader.Load(site.InputDir, new DiagnosticBag());
    }

    [GeneratedRegex(@"\s(?:x|y|x1|y1|x2|y2|width|height|rx|viewBox|d)=""([^""]*)""")]
    private static partial Regex NumericAttribute();

    [Fact]
    public void Any_chart_value_gives_charts_of_finite_numbers_or_leaves_the_fact_out_with_a_warning() =>
        Gen.Select(Facts, Facts, Gen.String).Sample((kinaseFacts, trialFacts, title) =>
        {
            var content = Site with
            {
                Entities = [.. Site.Entities.Select(e => e.Id switch
                {
                    "jak2" => e with { Facts = kinaseFacts },
                    "t1" => e with { Facts = trialFacts, Title = title },
                    _ => e,
                })],
            };
            var charts = new SiteCharts(SiteGraph.Link(content));

            foreach (var chart in charts.All)
            {
                // Text may print "NaN" as the fact does; the drawing's numbers may not.
                foreach (Match m in NumericAttribute().Matches(chart.Svg))
                    Assert.True(Regex.IsMatch(m.Groups.Values.Skip(1).First(g => g.Success).Value, @"^[-0-9. ,MC]*$"), m.Value);
            }
            foreach (var fact in kinaseFacts.Concat(trialFacts))
            {
                var length = PrintedNumber.BarLength(fact.Value);
                Assert.True(length is null || (double.IsFinite(length.Value) && length >= 0), fact.Value);
            }
            Assert.All(charts.Problems, p => Assert.Equal(DiagnosticCodes.UnchartableValue, p.Code));
        }, iter: 300);

    [Fact]
    public void A_charted_value_too_large_to_draw_is_left_out_with_JKB0016_at_the_value_and_the_site_builds()
    {
        var huge = new string('9', 400);
        using var site = JakSite()
            .With("trials/t1.md", $"---\ntitle: T1\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: ORR\n    measure: orr\n    value: \"{huge}\"\n    source: doc\n    locator: Table 3\n  - label: Median PFS\n    measure: pfs-median\n    value: \"٤٢\"\n    source: doc\n    locator: Table 3\n---\n[[doc]]\n")
            .With("trials/t2.md", "---\ntitle: T2\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: ORR\n    measure: orr\n    value: \"12\"\n    source: doc\n    locator: Table 3\n---\n[[t1]]\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnchartableValue);
        Assert.EndsWith("trials/t1.md", warning.Where.Path, StringComparison.Ordinal);
        Assert.Equal(7, warning.Where.Line); // the fact's list item
        var trials = site.Read("trials/index.html");
        Assert.DoesNotContain("NaN", trials, StringComparison.Ordinal);
        Assert.Contains("chart-orr", trials, StringComparison.Ordinal);
    }
}
