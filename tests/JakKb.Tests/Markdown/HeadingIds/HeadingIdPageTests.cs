using AngleSharp.Html.Parser;
using JakKb.Markdown.HeadingIds;
using JakKb.Rendering;
using JakKb.Tests.Support;

namespace JakKb.Tests.Markdown.HeadingIds;

/// <summary>Heading ids as they land on a page: unique there, and never one of the page's own ids.</summary>
public class HeadingIdPageTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(TestSite site, string path)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(site.Read(path));
    }

    private static List<string> Duplicates(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    [Fact]
    public void Headings_named_like_page_elements_do_not_take_their_ids()
    {
        using var site = TestSite.Minimal().With("kinases/jak2.md",
            "---\ntitle: JAK2\nsummary: A kinase.\nfacts:\n  - label: Overexpression\n    value: \"42.6\"\n    source: doc\n    locator: Table 1\n---\n" +
            "## Main\n\n## Facts title\n\n## Fact 1\n\n## Tip 1\n\n## Ref kim2013\n\n## Results\n\n## Results\n\nJAK2 in HCC [@kim2013].\n");
        var page = Page(site, "kinases/jak2/index.html");

        Assert.Empty(Duplicates(page));
        Assert.Equal("main", page.QuerySelector("main")!.Id);
        Assert.Equal(["section-main", "section-facts-title", "section-fact-1", "section-tip-1", "section-ref-kim2013", "results", "results-1"],
            page.QuerySelectorAll(".prose h2").Select(h => h.Id));
    }

    [Fact]
    public void A_source_page_keeps_its_table_ids_for_its_tables()
    {
        using var site = TestSite.Minimal().With("sources/doc.md",
            "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\ntables:\n  - id: table-1\n    caption: Table 1\n    columns: [A]\n    rows:\n      - cells: [x]\n---\n## Doc table 1\n\nAbout [[jak2]].\n");
        var page = Page(site, "sources/doc/index.html");

        Assert.Empty(Duplicates(page));
        Assert.Equal("section-doc-table-1", page.QuerySelector(".prose h2")!.Id);
    }

    [Fact]
    public void The_declared_page_ids_cover_every_id_the_theme_writes()
    {
        var templated = new Dictionary<string, string>
        {
            ["{{ entity.id }}-"] = "a source page's own id, see PageIds.For",
            ["{{ fact.anchor }}"] = "fact-, from EntityPage.FactAnchor",
            ["{{ chart.id }}"] = "chart-, from SiteCharts",
            ["{{ r.key }}"] = "the reference index, which shows no Markdown",
            ["{{ r.anchor }}"] = "ref-, a page's reference list entry",
            ["{{ t.slug }}"] = "the glossary, which shows no Markdown",
            ["{{ b.id }}"] = "a document's text page (p-, t…), which shows no Markdown",
            ["{{ c.id }}"] = "a table cell of a document's text page (t…-r…-c…), which shows no Markdown",
        };
        var ids = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "layouts")).Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "partials")))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\\sid=\"([^\"]*)\"").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var brace = id.IndexOf("{{", StringComparison.Ordinal);
            var covered = brace < 0 ? PageIds.Exact.Contains(id)
                : brace > 0 ? PageIds.Prefixes.Any(p => id[..brace].StartsWith(p, StringComparison.Ordinal))
                : templated.Keys.Any(id.StartsWith);
            Assert.True(covered, $"The theme writes id=\"{id}\", which PageIds does not declare.");
        }
        Assert.DoesNotContain(PageIds.Prefixes, p => p.StartsWith(HeadingIdSet.ReservedPrefix, StringComparison.Ordinal));
    }
}
