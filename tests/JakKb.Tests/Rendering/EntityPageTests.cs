using AngleSharp.Html.Parser;
using JakKb.Tests.Support;

namespace JakKb.Tests.Rendering;

public class EntityPageTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(TestSite site, string path)
    {
        Assert.True(site.Build().Succeeded);
        return new HtmlParser().ParseDocument(site.Read(path));
    }

    [Fact]
    public void Citations_are_numbered_links_into_the_pages_reference_list()
    {
        using var site = TestSite.Minimal();
        var page = Page(site, "kinases/jak2/index.html");

        var cite = page.QuerySelector(".prose .cite a")!;
        Assert.Equal(("#ref-kim2013", "1"), (cite.GetAttribute("href"), cite.TextContent));
        var entry = page.GetElementById("ref-kim2013")!;
        Assert.Contains("Kim HS", entry.TextContent);
        Assert.Equal("../../references/#kim2013", entry.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Only_the_first_mention_of_a_glossary_term_is_linked_with_its_definition()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md", "---\ntitle: JAK1\nsummary: S.\n---\nHCC is HCC, still HCC. [[jak2]]\n");
        var terms = Page(site, "kinases/jak1/index.html").QuerySelectorAll(".prose .term");

        var term = Assert.Single(terms);
        Assert.Equal("../../glossary/#hcc", term.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("A liver cancer.", term.QuerySelector("[role=tooltip]")!.TextContent);
    }

    [Fact]
    public void A_typed_wiki_link_shows_its_label_and_points_at_the_clean_url()
    {
        using var site = TestSite.Minimal();
        var link = Page(site, "drugs/rux/index.html").QuerySelector(".prose a.wikilink")!;
        Assert.Equal(("../../kinases/jak2/", "Janus kinase 2"), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public void The_target_of_a_relation_lists_its_backlink_under_the_inverse_label()
    {
        using var site = TestSite.Minimal();
        var related = Page(site, "kinases/jak2/index.html").QuerySelector(".related")!;
        Assert.Contains("Targeted by", related.TextContent);
        Assert.Equal("../../drugs/rux/", related.QuerySelector("a.backlink")!.GetAttribute("href"));
    }

    [Fact]
    public void Facts_show_their_value_as_printed_with_source_and_citation()
    {
        using var site = TestSite.Minimal();
        var row = Page(site, "kinases/jak2/index.html").QuerySelector(".facts tbody tr")!;
        Assert.Contains("42.6 %", row.TextContent);
        Assert.Contains("The document", row.TextContent);
        Assert.Contains("Table 1", row.TextContent);
        Assert.NotNull(row.QuerySelector("a[href='#ref-kim2013']"));
    }
}
