using AngleSharp.Html.Parser;
using JakKb.Building;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Building;

/// <summary>The real knowledge base, built end to end into a temporary folder.</summary>
public sealed class RealSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public RealSiteFixture() => Result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, Output, RepoPaths.Theme));

    public BuildResult Result { get; }

    public string Output => _folder.Combine("site");

    public AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    public void Dispose() => _folder.Dispose();
}

public class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_real_input_builds_without_errors_or_warnings() =>
        Assert.True(site.Result.Succeeded && site.Result.Diagnostics.Count == 0, string.Join("\n", site.Result.Diagnostics));

    [Theory]
    [InlineData("index.html")]
    [InlineData("kinases/index.html")]
    [InlineData("kinases/jak2/index.html")]
    [InlineData("drugs/ruxolitinib/index.html")]
    [InlineData("cytokines/il-6/index.html")]
    [InlineData("conditions/hepatocellular-carcinoma/index.html")]
    [InlineData("sources/wang-2025/index.html")]
    [InlineData("glossary/index.html")]
    [InlineData("references/index.html")]
    [InlineData("curation-notes/index.html")]
    [InlineData("404.html")]
    [InlineData("search-index.json")]
    [InlineData("schemas/kinase.schema.json")]
    [InlineData("schemas/bibliography.schema.json")]
    public void The_site_has_every_kind_of_page(string path) => Assert.True(File.Exists(Path.Combine(site.Output, path)), path);

    [Fact]
    public void Every_entity_has_a_page_at_its_clean_url()
    {
        foreach (var type in JakSchema.Schema.Types)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Input, type.Folder), "*.md"))
                Assert.True(File.Exists(Path.Combine(site.Output, type.Folder, Path.GetFileNameWithoutExtension(file), "index.html")), file);
        }
    }

    [Fact]
    public void Every_internal_href_and_src_resolves_to_a_file_of_the_output()
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Where(f => !f.EndsWith("404.html")))
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var dir = Path.GetDirectoryName(file)!;
            foreach (var value in doc.QuerySelectorAll("[href],[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (value.StartsWith("http") || value.StartsWith("mailto:") || value.StartsWith('#')) continue;
                var target = Path.GetFullPath(Path.Combine(dir, Uri.UnescapeDataString(value.Split('#')[0])));
                if (value.Split('#')[0].EndsWith('/')) target = Path.Combine(target, "index.html");
                if (!target.StartsWith(site.Output) || !File.Exists(target)) broken.Add($"{Path.GetRelativePath(site.Output, file)} -> {value}");
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void Backlinks_are_computed_on_the_target_page()
    {
        var related = site.Page("kinases/jak2/index.html").QuerySelector(".related")!;
        Assert.Contains(related.QuerySelectorAll("a.backlink"), a => a.GetAttribute("href") == "../../drugs/ruxolitinib/");
        Assert.Contains("Targeted by", related.TextContent);
    }

    [Fact]
    public void Pages_carry_a_content_security_policy_that_forbids_inline_script()
    {
        var csp = site.Page("kinases/jak2/index.html").QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public void A_base_path_build_keeps_relative_links_and_puts_the_base_path_on_the_not_found_page()
    {
        using var temp = new TempFolder();
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, temp.Path, RepoPaths.Theme, "/jakkb/"));
        Assert.True(result.Succeeded);
        var notFound = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp.Path, "404.html")));
        Assert.Equal("/jakkb/assets/site.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("../../assets/site.css", new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp.Path, "kinases/jak2/index.html")))
            .QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Check_mode_validates_everything_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "never");
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, output, RepoPaths.Theme, Write: false));
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(output));
    }
}
