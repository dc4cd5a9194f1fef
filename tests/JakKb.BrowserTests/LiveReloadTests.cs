using System.Net;
using System.Net.Sockets;
using JakKb.Building;
using JakKb.Serving;
using JakKb.Tests.Support;
using Microsoft.Playwright;

namespace JakKb.BrowserTests;

/// <summary><c>jakkb serve</c> in a real browser: the styled site with its scripts, and edits that appear without a manual reload.</summary>
public sealed class LiveReloadTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Serve_shows_the_styled_site_with_search_and_tooltips_and_live_reloads_edits_and_diagnostics()
    {
        var root = Path.Combine(Path.GetTempPath(), "jakkb-live-" + Guid.NewGuid().ToString("N"));
        var repo = RepoPaths.Root;
        var input = Path.Combine(root, "input");
        CopyFolder(Path.Combine(repo, "input"), input);
        // The source documents' texts sit beside input/, where the sources' 'text:' fields find them.
        CopyFolder(Path.Combine(repo, "docs", "sources"), Path.Combine(root, "docs", "sources"));
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var server = new DevServer(new BuildOptions(input, Path.Combine(root, "site"), Path.Combine(repo, "theme")), port, TextWriter.Null);
        var running = server.RunAsync(stop.Token);
        var (playwright, browser) = await SiteFixture.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            var failures = new List<string>();
            page.Response += (_, r) => { if (r.Status >= 400) failures.Add($"HTTP {r.Status}: {r.Url}"); };
            var url = $"http://127.0.0.1:{port}/kinases/jak2/";
            for (var i = 0; i < 100; i++)
            {
                try { await page.GotoAsync(url); break; }
                catch (PlaywrightException) { await Task.Delay(200); }
            }
            Assert.Equal("JAK2", await page.InnerTextAsync("h1"));

            // Styled: site.css alone makes the header a flex row and hides glossary tips until hover or focus.
            Assert.Equal("flex", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).display"));
            var term = page.Locator(".prose .term").First;
            Assert.False(await term.Locator(".tip").IsVisibleAsync());
            await term.Locator("a").HoverAsync();
            Assert.True(await term.Locator(".tip").IsVisibleAsync());

            // Search: site.js loads search-index.json from the dev server.
            await page.FocusAsync("#search-box");
            await page.Keyboard.TypeAsync("ruxo");
            var hit = page.Locator("#search-results li[id] a").First;
            await hit.WaitForAsync(new LocatorWaitForOptions { Timeout = 10000 });
            Assert.StartsWith("Ruxolitinib", await hit.TextContentAsync());
            await page.Keyboard.PressAsync("Escape");
            Assert.Empty(failures);
            // The live-reload client marks the page once its event stream is open.
            await page.Locator("html[data-live-reload=connected]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 10000 });

            var file = Path.Combine(input, "kinases", "jak2.md");
            var original = await File.ReadAllTextAsync(file);
            await File.WriteAllTextAsync(file, original.Replace("title: JAK2", "title: JAK2 (edited live)"));
            await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'JAK2 (edited live)'",
                null, new PageWaitForFunctionOptions { Timeout = 30000 });

            await File.WriteAllTextAsync(file, "---\ntitle: [broken\n---\n");
            var alert = page.Locator("#jakkb-build-errors");
            await alert.WaitForAsync(new LocatorWaitForOptions { Timeout = 30000 });
            Assert.Contains("JKB0012", await alert.InnerTextAsync());
            Assert.Equal("JAK2 (edited live)", await page.InnerTextAsync("h1"));

            // The next good edit builds again: the page reloads with it and the diagnostics are gone.
            await File.WriteAllTextAsync(file, original);
            await page.WaitForFunctionAsync("() => document.querySelector('h1')?.textContent === 'JAK2' && !document.getElementById('jakkb-build-errors')",
                null, new PageWaitForFunctionOptions { Timeout = 30000 });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
            await stop.CancelAsync();
            await running;
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
