using AngleSharp.Html.Parser;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Markdown;
using JakKb.Model;
using JakKb.Rendering;
using JakKb.Tests.Support;

namespace JakKb.Tests.Model;

public class SiteAddressTests
{
    private static readonly Entity? None = null;

    [Theory]
    [InlineData("/", "")]
    [InlineData("/glossary/", "glossary/")]
    [InlineData("/glossary", "glossary/")]
    [InlineData("/glossary/index.html#hcc", "glossary/#hcc")]
    [InlineData("/kinases/?q=1", "kinases/?q=1")]
    public void Site_wide_pages_resolve_from_the_root(string url, string path) => Assert.Equal(path, SiteAddress.Resolve(url, JakSchema.Schema, _ => None));

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("kinases/jak2/")]
    [InlineData("/url")]
    [InlineData("/kinases/jak2/")]
    public void Other_hosts_relative_paths_and_missing_pages_do_not_resolve(string url) => Assert.Null(SiteAddress.Resolve(url, JakSchema.Schema, _ => None));

    [Fact]
    public void Every_page_the_real_site_renders_resolves_from_the_root()
    {
        var graph = SiteGraph.Link(ContentLoader.Load(RepoPaths.Input, new DiagnosticBag()));
        var pages = new SitePages(graph, new EntityPage(graph, new MarkdownWriter(MarkdownPipelines.Rendering(graph.Glossary))));
        foreach (var url in pages.All().Select(p => p.Url).Where(u => u != PageSpec.NotFoundUrl))
            Assert.Equal(url, SiteAddress.Resolve("/" + url, JakSchema.Schema, graph.Entity));
    }

    [Fact]
    public void A_root_relative_link_to_a_page_is_written_relative_to_the_page_and_passes_the_link_check()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md",
            "---\ntitle: JAK1\nsummary: S.\n---\nSee [JAK2](/kinases/jak2/), [its facts](/kinases/jak2#facts-title) and the [glossary](/glossary/).\n");
        var result = site.Build(basePath: "/kb/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownSitePage);

        var links = new HtmlParser().ParseDocument(site.Read("kinases/jak1/index.html")).QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["../../kinases/jak2/", "../../kinases/jak2/#facts-title", "../../glossary/"], links);
    }

    [Fact]
    public void A_root_relative_link_to_no_page_is_a_warning_at_the_link()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md",
            "---\ntitle: JAK1\nsummary: S.\n---\n[[jak2]]\n\nSee [JAK2](/kinase/jak2/) and [rux](/kinases/rux/).\n");
        var result = site.Build(write: false);

        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownSitePage).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.False(w.IsError));
        Assert.Equal((7, 5), (warnings[0].Where.Line, warnings[0].Where.Column));
        Assert.Contains("'rux' is at /drugs/rux/", warnings[1].Message, StringComparison.Ordinal);
    }
}
