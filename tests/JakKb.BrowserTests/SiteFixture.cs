using JakKb.Building;
using JakKb.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace JakKb.BrowserTests;

/// <summary>
/// Builds the real input/ into a temporary folder with the generator, serves it on 127.0.0.1 with a tiny
/// Kestrel static-file server, and launches Debian's Chromium (or JAKKB_CHROMIUM) through Playwright, never a downloaded browser.
/// Shared by every browser test, so the site is built and the browser started once per run.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium, unless JAKKB_CHROMIUM names another (GitHub's runners ship Google Chrome instead).</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("JAKKB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public string RepoRoot => RepoPaths.Root;

    public string SiteDir { get; } = Path.Combine(Path.GetTempPath(), "jakkb-browser-" + Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;
    private WebApplication? _server;

    public async Task InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(RepoRoot, "input"), SiteDir, Path.Combine(RepoRoot, "theme")));
        if (!result.Succeeded)
            throw new InvalidOperationException("The site did not build: " + string.Join(Environment.NewLine, result.Diagnostics));

        (_server, BaseUrl) = await ServeAsync(SiteDir);
        (_playwright, Browser) = await LaunchAsync();
    }

    /// <summary>Serves <paramref name="dir"/> as static files on a free port of 127.0.0.1; returns the server and its base URL.</summary>
    public static async Task<(WebApplication Server, string BaseUrl)> ServeAsync(string dir)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = builder.Build();
        var files = new PhysicalFileProvider(dir);
        server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        server.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (server, address.TrimEnd('/') + "/");
    }

    /// <summary>Debian's Chromium through Playwright, headless, with the flags this closed network needs.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return (playwright, browser);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(SiteDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A new page in its own context, collecting console errors and failed requests.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.RequestFailed += (_, r) => errors.Add("request failed: " + r.Url);
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"HTTP {r.Status}: {r.Url}"); };
        await page.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, errors);
    }

    /// <summary>One page of each kind the site has, by the path it is served at.</summary>
    public static readonly IReadOnlyList<(string Kind, string Path)> PageTypes =
    [
        ("home", ""),
        ("kinase", "kinases/jak2/"),
        ("drug", "drugs/ruxolitinib/"),
        ("trial", "trials/ruxolitinib-phase2-hcc/"),
        ("cytokine", "cytokines/il-6/"),
        ("condition", "conditions/hepatocellular-carcinoma/"),
        ("source", "sources/wang-2025/"),
        ("kinase index", "kinases/"),
        ("trial index", "trials/"),
        ("graph", "graph/"),
        ("glossary", "glossary/"),
        ("references", "references/"),
        ("curation notes", "curation-notes/"),
    ];

}

/// <summary>
/// The built site's checks run on their own, after the other browser tests: Lighthouse scores performance from
/// timings, and a serve or hostile-content test building a site beside it took the kinase page from 0.99 to 0.76.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "built site";
}
