using AngleSharp.Html.Parser;
using JakKb.Tests.Support;

namespace JakKb.Tests.Rendering;

/// <summary>A relation's provenance is shown where it is declared and on the page it points at, alike.</summary>
public class RelationProvenanceTests
{
    private static TestSite Site() => TestSite.Minimal()
        .With("drugs/rux.md", "---\ntitle: Ruxolitinib\nsummary: A drug.\ntargets:\n  - { id: jak2, source: doc, locator: Table 3, cites: [kim2013] }\n---\nInhibits [[jak2]].\n")
        .With("data/curation-notes.yml", "- id: n1\n  title: A note\n  source: doc\n  locator: Table 3\n  text: Checked.\n");

    private static AngleSharp.Dom.IElement Item(TestSite site, string page, string selector)
    {
        var document = new HtmlParser().ParseDocument(site.Read(page));
        return document.QuerySelectorAll(".related li").Single(li => li.QuerySelector(selector) is not null);
    }

    [Theory]
    [InlineData("drugs/rux/index.html", "a[href='../../kinases/jak2/']")]
    [InlineData("kinases/jak2/index.html", "a.backlink[href='../../drugs/rux/']")]
    public void Both_pages_show_the_source_the_locator_and_the_citation(string page, string link)
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var item = Item(site, page, link);
        var prov = item.QuerySelector(".prov")!;
        Assert.Equal("../../sources/doc/", prov.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Table 3", prov.TextContent);
        Assert.Equal("#ref-kim2013", prov.QuerySelector(".cite a")!.GetAttribute("href"));
        Assert.NotNull(new HtmlParser().ParseDocument(site.Read(page)).GetElementById("ref-kim2013"));
    }

    [Fact]
    public void A_relations_source_must_be_a_document_and_its_cites_and_notes_must_exist()
    {
        using var site = TestSite.Minimal()
            .With("drugs/rux.md", "---\ntitle: Ruxolitinib\nsummary: A drug.\ntargets:\n  - { id: jak2, source: jak2, cites: [nobody2000], notes: [missing] }\n---\nInhibits [[jak2]].\n");
        var result = site.Build(write: false);
        Assert.Contains(result.Diagnostics, d => d.Code == "JKB0042" && d.Where.Line == 5);
        Assert.Contains(result.Diagnostics, d => d.Code == "JKB0050");
        Assert.Contains(result.Diagnostics, d => d.Code == "JKB0043");
    }
}
