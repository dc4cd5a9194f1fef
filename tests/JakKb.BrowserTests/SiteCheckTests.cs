using System.IO.Compression;
using System.Text.Json;
using Xunit.Abstractions;

namespace JakKb.BrowserTests;

/// <summary>
/// The measured checks of the built site: the W3C Nu HTML Checker over every page, Lighthouse on the home
/// page and a kinase page, and the page-weight budget. The checkers come from tools/ (npm ci --prefix tools).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SiteCheckTests(SiteFixture site, ITestOutputHelper output)
{
    private string Tool(params string[] parts) => Path.Combine([site.RepoRoot, "tools", "node_modules", .. parts]);

    [Fact]
    public async Task The_Nu_HTML_checker_finds_zero_errors_on_every_page()
    {
        var jar = Tool("vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci --prefix tools`.");
        var pages = Directory.GetFiles(site.SiteDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (_, _, json) = await ToolRunner.RunAsync("java", ["-jar", jar, "--errors-only", "--format", "json", .. pages], site.SiteDir, TimeSpan.FromMinutes(3));
        using var doc = JsonDocument.Parse(json);
        var errors = doc.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        output.WriteLine($"vnu: {pages.Count} pages, {errors.Count} errors");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(30)));
    }

    /// <summary>
    /// Lighthouse's performance score moves with the load on the machine (the other test projects run beside this
    /// one), so each page is measured three times and judged by the median, as Lighthouse's own guidance on
    /// variability advises; accessibility does not vary, and is judged the same way.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("kinases/jak2/")]
    public async Task Lighthouse_scores_performance_and_accessibility_at_least_95(string path)
    {
        var cli = Tool("lighthouse", "cli", "index.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run `npm ci --prefix tools`.");
        var runs = new List<(double Performance, double Accessibility)>();
        for (var run = 0; run < 3; run++) runs.Add(await Lighthouse(cli, path));
        var performance = runs.Select(r => r.Performance).Order().ElementAt(1);
        var accessibility = runs.Select(r => r.Accessibility).Order().ElementAt(1);
        output.WriteLine($"lighthouse /{path}: performance {performance:0.00}, accessibility {accessibility:0.00} (median of "
            + string.Join(", ", runs.Select(r => $"{r.Performance:0.00}/{r.Accessibility:0.00}")) + ")");
        Assert.True(performance >= 0.95, $"performance {performance}");
        Assert.True(accessibility >= 0.95, $"accessibility {accessibility}");
    }

    private async Task<(double Performance, double Accessibility)> Lighthouse(string cli, string path)
    {
        var report = Path.Combine(Path.GetTempPath(), $"jakkb-lighthouse-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, error) = await ToolRunner.RunAsync("node", [cli, site.BaseUrl + path,
                "--only-categories=performance,accessibility", "--output=json", "--output-path=" + report, "--quiet",
                "--chrome-flags=" + string.Join(' ', SiteFixture.ChromiumArgs)],
                site.RepoRoot, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["CHROME_PATH"] = SiteFixture.ChromiumPath });
            Assert.True(code == 0 && File.Exists(report), "lighthouse failed: " + error);
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var categories = doc.RootElement.GetProperty("categories");
            return (categories.GetProperty("performance").GetProperty("score").GetDouble(),
                categories.GetProperty("accessibility").GetProperty("score").GetDouble());
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void Entity_pages_stay_within_the_page_weight_budget()
    {
        const int Budget = 50 * 1024;
        var assets = new[] { "assets/site.css", "assets/site.js" }.Select(a => File.ReadAllBytes(Path.Combine(site.SiteDir, a))).ToList();
        var folders = new[] { "kinases", "drugs", "trials", "cytokines", "conditions", "sources" };
        var pages = folders.SelectMany(f => Directory.GetDirectories(Path.Combine(site.SiteDir, f))).Select(d => Path.Combine(d, "index.html")).ToList();
        var weights = pages.Select(p =>
        {
            var html = File.ReadAllBytes(p);
            return (Page: Path.GetRelativePath(site.SiteDir, p), Raw: html.Length + assets.Sum(a => a.Length), Gzip: Gzip(html) + assets.Sum(Gzip));
        }).OrderBy(w => w.Raw).ToList();
        var median = weights[weights.Count / 2];
        var jak2 = weights.Single(w => w.Page.StartsWith("kinases/jak2/", StringComparison.Ordinal));
        output.WriteLine($"entity pages: {weights.Count}; HTML+CSS+JS median {median.Raw / 1024.0:0.0} KB ({median.Page}), largest {weights[^1].Raw / 1024.0:0.0} KB ({weights[^1].Page}); "
            + $"kinases/jak2 {jak2.Raw / 1024.0:0.0} KB raw, {jak2.Gzip / 1024.0:0.0} KB gzip; over 50 KB raw: {weights.Count(w => w.Raw > Budget)}");
        Assert.True(median.Raw < Budget, $"median entity page is {median.Raw} bytes");
        Assert.All(weights, w => Assert.True(w.Gzip < Budget, $"{w.Page} transfers {w.Gzip} bytes gzip"));
    }

    private static int Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return (int)buffer.Length;
    }
}
