using JakKb.Diagnostics;
using JakKb.Tests.Rendering.Charts;

namespace JakKb.Tests.Validation;

public class FactMeasureCheckTests
{
    [Fact]
    public void A_fact_measuring_what_the_schema_does_not_declare_is_an_error_at_the_measure_with_a_suggestion()
    {
        using var site = SiteChartsTests.Editions()
            .With("trials/gamma.md", "---\ntitle: Gamma\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: Length\n    measure: page\n    value: \"10\"\n    source: rev\n    locator: p. 9\n---\n");

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownMeasure, error.Code);
        Assert.EndsWith("trials/gamma.md", error.Where.Path, StringComparison.Ordinal);
        Assert.Equal((8, 14), (error.Where.Line, error.Where.Column));
        Assert.Contains("Did you mean 'pages'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subgroup_without_a_measure_is_an_error_at_the_subgroup()
    {
        using var site = SiteChartsTests.Editions()
            .With("trials/gamma.md", "---\ntitle: Gamma\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: Length\n    subgroup: large print\n    value: \"10\"\n    source: rev\n    locator: p. 9\n---\n");

        var result = site.Build(write: false);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SubgroupWithoutMeasure, 8, 15), (error.Code, error.Where.Line, error.Where.Column));
    }
}
