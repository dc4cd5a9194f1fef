using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Loading;

public class EntityReaderTests
{
    private static (Entity? Entity, IReadOnlyList<Diagnostic> Diagnostics) Read(EntityType type, string id, string text)
    {
        var bag = new DiagnosticBag();
        var entity = EntityReader.Read(JakSchema.Schema, type, $"input/{type.Folder}/{id}.md", text, bag);
        return (entity, bag.Sorted());
    }

    [Fact]
    public void Fact_values_are_kept_exactly_as_printed()
    {
        var (entity, diagnostics) = Read(JakSchema.Kinase, "jak2", """
            ---
            title: JAK2
            summary: S.
            facts:
              - label: OS high
                value: 26.30%
                p: <0.001
                n: 2,145
                source: wang-2025
                locator: Table 2
              - label: Frequency
                value: 42.60
                source: wang-2025
                locator: Table 1
            ---
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["26.30%", "42.60"], entity!.Facts.Select(f => f.Value));
        Assert.Equal("<0.001", entity.Facts[0].P);
        Assert.Equal("2,145", entity.Facts[0].N);
    }

    [Fact]
    public void A_misspelled_field_is_reported_where_it_stands_with_a_suggestion()
    {
        var (_, diagnostics) = Read(JakSchema.Drug, "rux", "---\ntitle: R\nsummary: S.\ntagrets: [jak2]\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownField, d.Code);
        Assert.Equal((4, 1), (d.Where.Line, d.Where.Column));
        Assert.Contains("Did you mean 'targets'?", d.Message);
    }

    [Fact]
    public void A_field_of_the_wrong_kind_names_the_expected_kind()
    {
        var (_, diagnostics) = Read(JakSchema.Drug, "rux", "---\ntitle: R\nsummary: S.\ntargets: jak2\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Equal(4, d.Where.Line);
        Assert.Contains("list", d.Message);
    }

    [Fact]
    public void Every_missing_required_field_is_reported_in_one_run()
    {
        var (_, diagnostics) = Read(JakSchema.Trial, "t", "---\ntitle: T\n---\n");

        Assert.Equal(["design", "population", "summary"],
            diagnostics.Where(d => d.Code == DiagnosticCodes.MissingField).Select(d => d.Message.Split('\'')[1]).Order());
    }

    [Theory]
    [InlineData("JAK2")]
    [InlineData("index")]
    [InlineData("a..b")]
    [InlineData("il_6")]
    public void Ids_that_are_not_safe_slugs_are_refused(string id)
    {
        var (_, diagnostics) = Read(JakSchema.Kinase, id, "---\ntitle: X\nsummary: S.\n---\n");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnsafeId);
    }

    [Fact]
    public void Relations_are_read_for_the_fields_the_type_declares()
    {
        var (entity, _) = Read(JakSchema.Trial, "t", "---\ntitle: T\nsummary: S.\ndesign: d\npopulation: p\ntests: [rux, tofa]\nconditions: [hcc]\n---\n");

        Assert.Equal([("tests", "rux"), ("tests", "tofa"), ("conditions", "hcc")],
            entity!.Relations.Select(r => (r.Kind.Field, r.TargetId)));
    }
}
