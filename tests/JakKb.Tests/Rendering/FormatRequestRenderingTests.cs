using AngleSharp.Html.Parser;
using JakKb.Tests.Support;

namespace JakKb.Tests.Rendering;

/// <summary>How the fields the curators asked for (docs/format-requests.md 1, 2, 3, 7, 8, 9) show on the pages.</summary>
public class FormatRequestRenderingTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(TestSite site, string path)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(site.Read(path));
    }

    private const string Bibliography =
        "- key: kim2013\n  authors: Kim HS\n  title: A paper\n  status: not-found\n  cited_by:\n    - source: doc\n      number: 11\n      printed_number: \"11\"\n" +
        "- key: zhu2020\n  authors: Zhu N\n  title: A virus\n  status: verified\n  cited_by:\n    - source: doc\n      number: 3\n      printed_number: \"1\"\n" +
        "- key: sung2021\n  authors: Sung H\n  title: Statistics\n  status: verified\n  cited_by:\n    - source: doc\n      number: 1\n" +
        "- key: oshea2013\n  authors: O'Shea JJ\n  title: Background review\n  status: verified\n  origin: outside\n  cited_by: []\n";

    private static TestSite Site() => TestSite.Minimal()
        .With("data/bibliography.yml", Bibliography)
        .With("data/curation-notes.yml", "- id: tables-uncited\n  title: The tables carry no citations\n  source: doc\n  locator: Tables\n  text: None of the tables cites a reference.\n")
        .With("sources/doc.md", "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\ntables:\n  - id: table-1\n    caption: Table 1\n    notes: [tables-uncited]\n    columns: [Alteration, Stage]\n    rows:\n      - cells: [JAK2, Positive]\n        concerns: [jak2]\n---\nAbout [[jak2]] [@zhu2020; @sung2021].\n")
        .With("cytokines/il-6.md", "---\ntitle: IL-6\nsummary: A cytokine.\njak_dependent: true\nsignals_via: [jak2]\nidentifiers:\n  - scheme: uniprot\n    value: P05231\n    source: UniProtKB, from memory\n    checked: no\n  - scheme: ncbi-gene\n    value: \"3569\"\n    source: NCBI Gene\n    checked: 2026-11\nproperties:\n  - label: JAKs used\n    value: JAK1, JAK2\n    source: O'Shea 2013\n    cites: [oshea2013]\nfacts:\n  - label: Correlation with stage\n    value: Positive\n    kind: qualitative\n    p: \"<0.001\"\n    source: doc\n    locator: Table 1\n---\nIL-6 signals via [[jak2]].\n");

    [Fact]
    public void A_property_cites_like_a_fact_a_numbered_link_into_the_pages_reference_list()
    {
        using var site = Site();
        var page = Page(site, "cytokines/il-6/index.html");

        var cite = page.QuerySelector(".infobox dd .cite a")!;
        Assert.Equal("#ref-oshea2013", cite.GetAttribute("href"));
        var entry = page.GetElementById("ref-oshea2013")!;
        Assert.Equal(cite.TextContent, entry.GetAttribute("value"));
        Assert.Contains("outside reference", entry.TextContent);
    }

    [Fact]
    public void The_reference_index_lists_the_property_citing_page_under_the_outside_reference()
    {
        using var site = Site();
        var entry = Page(site, "references/index.html").GetElementById("oshea2013")!;
        Assert.Equal("../cytokines/il-6/", entry.QuerySelector(".used a")!.GetAttribute("href"));
    }

    [Fact]
    public void Outside_references_are_listed_apart_and_never_as_cited_by_a_document()
    {
        using var site = Site();
        var page = Page(site, "references/index.html");

        var outside = page.QuerySelector(".outside-references")!;
        Assert.Equal(["oshea2013"], outside.QuerySelectorAll("li").Select(li => li.Id));
        Assert.Null(outside.QuerySelector(".cited-by"));
        Assert.DoesNotContain("Cited on:", outside.TextContent);
        Assert.Contains("Cited by the curators on:", outside.TextContent);
        Assert.Equal(new[] { "zhu2020", "sung2021", "kim2013" }.Order(), page.QuerySelectorAll(".cited-references > li").Select(li => li.Id!).Order());
        // The status counts are of the works the documents cite.
        Assert.Contains("(2 verified, 1 not-found)", page.QuerySelector("h1 + p")!.TextContent);
    }

    [Fact]
    public void A_printed_number_is_shown_as_printed_and_a_position_never_is()
    {
        using var site = Site();
        var page = Page(site, "references/index.html");
        string CitedBy(string key) => page.GetElementById(key)!.QuerySelector(".cited-by")!.TextContent;

        Assert.EndsWith(": printed as no. 11", CitedBy("kim2013"));
        Assert.EndsWith(": printed as no. 1, entry 3 of its list", CitedBy("zhu2020"));
        Assert.EndsWith(": entry 1 of its list", CitedBy("sung2021"));
        Assert.DoesNotContain("printed", CitedBy("sung2021"));
        // The index numbers nothing itself: its own count would read as a number some document prints.
        Assert.Empty(page.QuerySelectorAll("main ol"));
    }

    [Fact]
    public void An_unchecked_identifier_says_so_in_words_and_a_checked_one_says_when()
    {
        using var site = Site();
        var items = Page(site, "cytokines/il-6/index.html").QuerySelectorAll(".infobox dd").Where(dd => dd.QuerySelector("a[rel=external]") is not null).ToList();

        var notChecked = items.Single(dd => dd.TextContent.Contains("P05231"));
        Assert.Contains("not checked", notChecked.QuerySelector(".badge-unchecked")!.TextContent);
        Assert.Equal("unchecked", notChecked.QuerySelector("a[rel=external]")!.ClassName);
        var checkedOne = items.Single(dd => dd.TextContent.Contains("3569"));
        Assert.Equal("checked 2026-11", checkedOne.QuerySelector(".badge-checked")!.TextContent);
        Assert.Null(checkedOne.QuerySelector(".badge-unchecked"));
    }

    [Fact]
    public void A_qualitative_fact_is_quoted_as_printed_without_a_unit_or_number_cell()
    {
        using var site = Site();
        var cell = Page(site, "cytokines/il-6/index.html").QuerySelectorAll(".facts tbody tr td")[1];

        Assert.Equal("Positive", cell.QuerySelector("q")!.TextContent);
        Assert.NotEqual("num", cell.ClassName);
    }

    [Fact]
    public void A_tables_notes_show_on_the_source_page_and_with_its_rows_elsewhere()
    {
        using var site = Site();
        var source = Page(site, "sources/doc/index.html");
        Assert.Equal("#note-tables-uncited", source.QuerySelector(".source-table .table-notes a")!.GetAttribute("href"));
        Assert.NotNull(source.GetElementById("note-tables-uncited"));

        var kinase = Page(site, "kinases/jak2/index.html");
        Assert.Contains("The tables carry no citations", kinase.QuerySelector(".source-rows caption .table-notes")!.TextContent);
        Assert.NotNull(kinase.GetElementById("note-tables-uncited"));
    }

    [Fact]
    public void A_qualitative_fact_is_never_charted_even_when_its_words_hold_a_number()
    {
        using var site = TestSite.Minimal()
            .With("trials/t1.md", "---\ntitle: Trial one\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: ORR\n    value: \"11.1\"\n    unit: \"%\"\n    measure: orr\n    source: doc\n    locator: Table 3\n---\n[[jak2]]\n")
            .With("trials/t2.md", "---\ntitle: Trial two\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: ORR\n    value: responses in 3 of 36 patients\n    kind: qualitative\n    measure: orr\n    source: doc\n    locator: Results\n---\n[[jak2]]\n");
        var list = Page(site, "trials/index.html");

        var chart = list.GetElementById("chart-orr")!.TextContent;
        Assert.Contains("Trial one", chart);
        Assert.DoesNotContain("Trial two", chart);
        // Nor is it a cell of the index's ORR column.
        Assert.DoesNotContain("3 of 36", list.Body!.TextContent);
    }
}
