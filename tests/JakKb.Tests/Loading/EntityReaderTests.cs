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

public class EntityReaderFormatRequestTests
{
    private static (Entity? Entity, IReadOnlyList<Diagnostic> Diagnostics) Read(EntityType type, string id, string text)
    {
        var bag = new DiagnosticBag();
        var entity = EntityReader.Read(JakSchema.Schema, type, $"input/{type.Folder}/{id}.md", text, bag);
        return (entity, bag.Sorted());
    }

    [Fact]
    public void Identifiers_and_properties_say_whether_and_when_they_were_checked()
    {
        var (entity, diagnostics) = Read(JakSchema.Kinase, "jak2", """
            ---
            title: JAK2
            summary: S.
            identifiers:
              - scheme: hgnc
                value: "HGNC:6192"
                source: HGNC, from memory
                checked: no
              - scheme: uniprot
                value: O60674
                source: UniProtKB
                checked: 2026-11
              - scheme: ncbi-gene
                value: "3717"
                source: NCBI Gene
            properties:
              - label: Chromosome location
                value: 9p24.1
                source: NCBI Gene 3717
                checked: "2026-11-30"
            ---
            """);

        Assert.Empty(diagnostics);
        Assert.Equal([false, true, null], entity!.Identifiers.Select(i => i.Checked?.WasChecked));
        Assert.Equal("2026-11", entity.Identifiers[1].Checked!.Date);
        Assert.Equal("2026-11-30", entity.Properties[0].Checked!.Date);
    }

    [Theory]
    [InlineData("false", "did you mean 'no'?")]
    [InlineData("2026/11", "YYYY-MM or YYYY-MM-DD")]
    [InlineData("2026-13", "YYYY-MM or YYYY-MM-DD")]
    public void A_checked_that_is_neither_no_nor_a_date_is_reported_where_it_stands(string value, string fix)
    {
        var (entity, diagnostics) = Read(JakSchema.Kinase, "jak2",
            $"---\ntitle: JAK2\nsummary: S.\nidentifiers:\n  - scheme: uniprot\n    value: O60674\n    source: UniProtKB\n    checked: {value}\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidCheckedDate, d.Code);
        Assert.Equal((8, 14), (d.Where.Line, d.Where.Column));
        Assert.Contains(fix, d.Message);
        Assert.Null(Assert.Single(entity!.Identifiers).Checked);
    }

    [Fact]
    public void A_property_cites_bibliography_keys_each_positioned()
    {
        var (entity, diagnostics) = Read(JakSchema.Cytokine, "il-6",
            "---\ntitle: IL-6\nsummary: S.\njak_dependent: true\nproperties:\n  - label: JAKs used\n    value: JAK1, JAK2\n    source: O'Shea 2013\n    cites: [oshea2013, gaffen2009]\n---\n");

        Assert.Empty(diagnostics);
        var cites = Assert.Single(entity!.Properties).Cites;
        Assert.Equal(["oshea2013", "gaffen2009"], cites);
        Assert.Equal((9, 24), (SourceMap.Item(cites, 1, entity.Where).Line, SourceMap.Item(cites, 1, entity.Where).Column));
    }

    [Fact]
    public void A_misspelt_property_field_is_suggested()
    {
        var (_, diagnostics) = Read(JakSchema.Kinase, "jak2",
            "---\ntitle: JAK2\nsummary: S.\nproperties:\n  - label: L\n    value: V\n    source: S\n    cite: [x]\n---\n");
        Assert.Contains("Did you mean 'cites'?", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_source_table_carries_notes_about_the_whole_table()
    {
        var (entity, diagnostics) = Read(JakSchema.Source, "doc",
            "---\ntitle: D\nsummary: S.\nauthors: A\njournal: J\nyear: \"2025\"\ntables:\n  - id: table-1\n    caption: C\n    notes: [tables-uncited]\n    columns: [A]\n    rows:\n      - cells: [x]\n        notes: [row-note]\n---\n");

        Assert.Empty(diagnostics);
        var table = Assert.Single(entity!.Tables);
        Assert.Equal(["tables-uncited"], table.Notes);
        Assert.Equal(["row-note"], Assert.Single(table.Rows).Notes);
    }

    [Fact]
    public void A_fact_is_quantitative_unless_it_says_qualitative()
    {
        var (entity, diagnostics) = Read(JakSchema.Kinase, "jak2",
            "---\ntitle: JAK2\nsummary: S.\nfacts:\n  - label: Stage\n    value: Positive\n    kind: qualitative\n    source: doc\n    locator: Table 1\n  - label: Frequency\n    value: \"42.6\"\n    source: doc\n    locator: Table 1\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal([FactKind.Qualitative, FactKind.Quantitative], entity!.Facts.Select(f => f.Kind));
    }

    [Fact]
    public void A_misspelt_fact_kind_is_reported_with_a_suggestion()
    {
        var (_, diagnostics) = Read(JakSchema.Kinase, "jak2",
            "---\ntitle: JAK2\nsummary: S.\nfacts:\n  - label: Stage\n    value: Positive\n    kind: qualitive\n    source: doc\n    locator: Table 1\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownFactKind, d.Code);
        Assert.Equal((7, 11), (d.Where.Line, d.Where.Column));
        Assert.Contains("did you mean 'qualitative'?", d.Message);
    }

    [Fact]
    public void A_qualitative_fact_with_a_unit_is_refused_at_the_unit()
    {
        var (_, diagnostics) = Read(JakSchema.Kinase, "jak2",
            "---\ntitle: JAK2\nsummary: S.\nfacts:\n  - label: Stage\n    value: Positive\n    kind: qualitative\n    unit: \"%\"\n    source: doc\n    locator: Table 1\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.QualitativeFactWithUnit, d.Code);
        Assert.Equal((8, 11), (d.Where.Line, d.Where.Column));
    }
}
