using JakKb.Diagnostics;
using JakKb.Tests.Support;
using JakKb.Validation;

namespace JakKb.Tests.Validation;

public class ContentValidatorTests
{
    [Theory]
    [InlineData("https://doi.org/10.1/x", true)]
    [InlineData("../../kinases/jak2/", true)]
    [InlineData("#ref-1", true)]
    [InlineData("mailto:a@b.c", true)]
    [InlineData("irc://foo.bar:2233/baz", true)]
    [InlineData("a+b+c:d", true)]
    [InlineData("made-up-scheme://foo,bar", true)]
    [InlineData("localhost:5001/foo", true)]
    [InlineData("web+app:x", true)]
    [InlineData("tel:+15550100", true)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("DATA:Image/WebP;base64,UklGRg==", true)]
    [InlineData("data:image/jpeg,x", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("java\u00a0script:alert(1)", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("VBScript:msgbox", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("FILE://host/share", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", false)]
    [InlineData("data:image/pngx,x", false)]
    [InlineData("data:,x", false)]
    [InlineData("foo):", true)]
    [InlineData("a/b:c", true)]
    [InlineData("1abc:x", true)]
    [InlineData("%20javascript:alert(1)", true)]
    public void Only_javascript_vbscript_file_and_data_other_than_an_image_are_unsafe_as_the_reference_safe_mode_has_it(string url, bool safe) =>
        Assert.Equal(safe, ContentValidator.IsSafeUrl(url));

    [Fact]
    public void A_relation_to_an_entity_of_the_wrong_type_names_both_types()
    {
        using var site = TestSite.Minimal()
            .With("trials/t1.md", "---\ntitle: T\nsummary: S.\ndesign: d\npopulation: p\n---\n")
            .With("drugs/bad.md", "---\ntitle: Bad\nsummary: S.\ntargets: [t1]\n---\n");

        var result = site.Build(write: false);

        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.WrongRelationTargetType, d.Code);
        Assert.Contains("must name a kinase or protein, but 't1' is a trial", d.Message);
    }

    [Fact]
    public void Unknown_citations_links_and_terms_in_prose_are_reported_at_their_position()
    {
        using var site = TestSite.Minimal()
            .With("kinases/jak1.md", "---\ntitle: JAK1\nsummary: S.\n---\nLine one [[jak2]].\n\nSee [[jak9]] and [@nobody] and [[term:XYZ]].\n");

        var errors = site.Build(write: false).Diagnostics.Where(d => d.IsError).ToList();

        Assert.Equal(
            [(DiagnosticCodes.UnknownWikiLinkTarget, 7, 5), (DiagnosticCodes.UnknownCitationKey, 7, 18), (DiagnosticCodes.UnknownGlossaryTerm, 7, 32)],
            errors.Select(d => (d.Code, d.Where.Line, d.Where.Column)).OrderBy(x => x.Item3));
    }

    [Fact]
    public void A_javascript_link_in_prose_fails_the_build()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md", "---\ntitle: JAK1\nsummary: S.\n---\n[click](javascript:alert(1)) [[jak2]]\n");
        Assert.Contains(site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl);
    }

    [Fact]
    public void Ids_are_unique_across_types_ignoring_case()
    {
        using var site = TestSite.Minimal().With("drugs/jak2.md", "---\ntitle: Other\nsummary: S.\n---\n");
        Assert.Contains(site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.DuplicateId);
    }

    [Fact]
    public void An_unknown_key_in_a_propertys_cites_is_reported_at_the_key_with_a_suggestion()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md",
            "---\ntitle: JAK1\nsummary: S.\nproperties:\n  - label: Partner\n    value: gc\n    source: Kim 2013\n    cites: [kim2013, kim2031]\n---\n[[jak2]]\n");

        var d = Assert.Single(site.Build(write: false).Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownCitationKey, d.Code);
        Assert.Equal((8, 22), (d.Where.Line, d.Where.Column));
        Assert.Contains("did you mean 'kim2013'?", d.Message);
    }

    [Fact]
    public void An_unknown_note_on_a_source_table_is_reported_at_the_note()
    {
        using var site = TestSite.Minimal()
            .With("data/curation-notes.yml", "- id: tables-uncited\n  title: T\n  source: doc\n  locator: Tables\n  text: No citations.\n")
            .With("sources/doc.md", "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\ntables:\n  - id: table-1\n    caption: C\n    notes: [tables-uncitd]\n    columns: [A]\n    rows:\n      - cells: [x]\n        concerns: [jak2]\n---\nAbout [[jak2]].\n");

        var d = Assert.Single(site.Build(write: false).Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownCurationNote, d.Code);
        Assert.Equal((10, 13), (d.Where.Line, d.Where.Column));
        Assert.Contains("did you mean 'tables-uncited'?", d.Message);
    }

    [Fact]
    public void A_fact_may_not_cite_an_outside_reference_as_if_its_source_printed_it()
    {
        using var outside = TestSite.Minimal()
            .With("data/bibliography.yml", "- key: kim2013\n  authors: Kim HS\n  title: A paper\n  status: not-found\n  origin: outside\n");
        var errors = outside.Build(write: false).Diagnostics.Where(d => d.IsError).ToList();
        var cited = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.OutsideReferenceCitedBySource, cited.Code);
        Assert.EndsWith("jak2.md", cited.Where.Path);
        Assert.Equal((10, 13), (cited.Where.Line, cited.Where.Column));
        Assert.Contains("[@kim2013]", cited.Message);
    }

    [Fact]
    public void A_citation_may_name_only_an_entry_its_documents_list_holds_for_that_work()
    {
        using var site = TestSite.Minimal()
            .With("data/bibliography.yml", "- key: kim2013\n  authors: Kim HS\n  title: A paper\n  status: verified\n  cited_by:\n    - source: doc\n      number: 2\n    - source: doc\n      number: 7\n")
            .With("sources/doc.md", "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\n---\nFirst [@kim2013 #7], then [@kim2013 #8].\n");

        var d = Assert.Single(site.Build(write: false).Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.CitedEntryNotListed, d.Code);
        Assert.EndsWith("doc.md", d.Where.Path);
        Assert.Contains("entry 2 or 7, not 8", d.Message);
    }
}
