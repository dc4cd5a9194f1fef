using JakKb.Building;
using JakKb.Tests.Hostile;
using JakKb.Tests.Support;
using Microsoft.Playwright;

namespace JakKb.BrowserTests;

/// <summary>
/// The browser half of the hostile-content check: the site built from <see cref="HostileSite"/>, whose every
/// field holds XSS payloads, is opened page by page in Chromium. No dialog may open, no script may run, and the
/// Content-Security-Policy may not have had to block anything (a blocked attempt means a payload reached markup).
/// </summary>
public sealed class HostileContentTests : IAsyncLifetime
{
    private const string Watch = """
        window.__ran = [];
        for (const name of ['alert', 'confirm', 'prompt', 'print']) {
          window[name] = (...args) => window.__ran.push(name + ':' + args.join(','));
        }
        document.addEventListener('securitypolicyviolation', (e) => window.__ran.push('csp:' + e.violatedDirective + ' ' + e.blockedURI));
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "jakkb-hostile-browser-" + Guid.NewGuid().ToString("N"));
    private Microsoft.AspNetCore.Builder.WebApplication? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var input = Path.Combine(_root, "input");
        HostileSite.Write(input);
        var repo = RepoPaths.Root;
        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(_root, "site"), Path.Combine(repo, "theme")));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        (_server, _baseUrl) = await SiteFixture.ServeAsync(Path.Combine(_root, "site"));
        (_playwright, _browser) = await SiteFixture.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task No_payload_runs_or_opens_a_dialog_on_any_page_even_when_hovered_focused_and_searched()
    {
        var site = Path.Combine(_root, "site");
        var pages = Directory.EnumerateFiles(site, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "." ? "" : p + "/")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");

        var context = await _browser!.NewContextAsync();
        await context.AddInitScriptAsync(Watch);
        var dialogs = new List<string>();
        var ran = new List<string>();
        foreach (var path in pages)
        {
            var page = await context.NewPageAsync();
            page.Dialog += async (_, d) => { dialogs.Add($"{path}: {d.Message}"); await d.DismissAsync(); };
            await page.GotoAsync(_baseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            // Give payload-bearing elements every chance: hover and focus them, then search for payload text.
            foreach (var target in await page.QuerySelectorAllAsync(".term a, a.wikilink, .infobox a"))
            {
                await target.HoverAsync(new ElementHandleHoverOptions { Force = true, Timeout = 2000 });
                await target.FocusAsync();
            }
            await page.FillAsync("#search-box", "alert");
            await page.WaitForSelectorAsync("#search-results li", new PageWaitForSelectorOptions { Timeout = 5000 });
            await page.Keyboard.PressAsync("ArrowDown");

            ran.AddRange((await page.EvaluateAsync<string[]>("window.__ran")).Select(r => $"{path}: {r}"));
            await page.CloseAsync();
        }

        Assert.Empty(dialogs);
        Assert.Empty(ran);
    }

    [Fact]
    public async Task The_watch_does_catch_a_payload_that_reaches_markup()
    {
        // A page with the theme's policy and one unescaped payload: proves the check above can fail.
        var probe = Path.Combine(_root, "site", "probe");
        Directory.CreateDirectory(probe);
        await File.WriteAllTextAsync(Path.Combine(probe, "index.html"),
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\"></head>" +
            "<body><img src=x onerror=\"alert(1)\"><script>alert(2)</script></body></html>");
        var context = await _browser!.NewContextAsync();
        await context.AddInitScriptAsync(Watch);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl + "probe/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(200);

        Assert.Contains(await page.EvaluateAsync<string[]>("window.__ran"), r => r.StartsWith("csp:", StringComparison.Ordinal));
    }
}
