using Microsoft.Playwright;

namespace JakKb.BrowserTests;

/// <summary>What a reader does in a real browser: search, tooltips, links, dark mode, and pages without errors.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReaderTests(SiteFixture site)
{
    [Fact]
    public async Task Typing_ruxo_lists_Ruxolitinib_first_and_Enter_opens_it()
    {
        var (page, errors) = await site.OpenAsync("");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-box", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("ruxo");
        var first = page.Locator("#search-results li[id] a").First;
        await first.WaitForAsync();
        Assert.StartsWith("Ruxolitinib", await first.TextContentAsync());
        Assert.EndsWith("drugs/ruxolitinib/", await first.GetAttributeAsync("href"));
        await page.Keyboard.PressAsync("Enter");
        try { await page.WaitForURLAsync("**/drugs/ruxolitinib/", new PageWaitForURLOptions { Timeout = 15000 }); }
        catch (TimeoutException) { Assert.Fail($"Enter did not open Ruxolitinib; still at {page.Url}, results: {await page.InnerHTMLAsync("#search-results")}"); }
        Assert.Equal("Ruxolitinib", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Arrow_keys_move_through_results_and_Enter_opens_the_selected_one()
    {
        var (page, _) = await site.OpenAsync("kinases/");
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("ruxo");
        await page.Locator("#search-results li[id]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var box = page.Locator("#search-box");
        Assert.Equal("search-hit-1", await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await page.Locator("#search-hit-1").GetAttributeAsync("aria-selected"));
        var second = await page.Locator("#search-hit-1 a").GetAttributeAsync("href");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => u.EndsWith(second!.Replace("../", ""), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_search_index_is_loaded_only_when_search_is_used()
    {
        var (page, _) = await site.OpenAsync("kinases/jak2/");
        var requested = false;
        page.Request += (_, r) => { if (r.Url.EndsWith("search-index.json", StringComparison.Ordinal)) requested = true; };
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.False(requested);
        var response = page.WaitForResponseAsync(r => r.Url.EndsWith("search-index.json", StringComparison.Ordinal));
        await page.FocusAsync("#search-box");
        await response;
        Assert.True(requested);
    }

    [Fact]
    public async Task A_glossary_definition_appears_on_keyboard_focus()
    {
        var (page, _) = await site.OpenAsync("kinases/jak2/");
        var tip = page.Locator(".prose .term .tip").First;
        Assert.False(await tip.IsVisibleAsync());
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("!!document.activeElement.closest('.prose .term')")) break;
        }
        Assert.True(await page.EvaluateAsync<bool>("!!document.activeElement.closest('.prose .term')"), "Tab never reached a glossary term");
        var focusedTip = page.Locator(".prose .term:focus-within .tip");
        Assert.True(await focusedTip.IsVisibleAsync());
        var describedBy = await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')");
        Assert.Equal(describedBy, await focusedTip.GetAttributeAsync("id"));
        Assert.False(string.IsNullOrWhiteSpace(await focusedTip.TextContentAsync()));
    }

    [Fact]
    public async Task A_glossary_definition_appears_on_hover()
    {
        var (page, _) = await site.OpenAsync("kinases/jak2/");
        var term = page.Locator(".prose .term").First;
        await term.Locator("a").HoverAsync();
        Assert.True(await term.Locator(".tip").IsVisibleAsync());
    }

    [Fact]
    public async Task A_wiki_link_and_a_backlink_navigate()
    {
        var (page, errors) = await site.OpenAsync("kinases/jak2/");
        var wiki = page.Locator(".prose a.wikilink[href*='kinases/jak1/']").First;
        await wiki.ClickAsync();
        await page.WaitForURLAsync("**/kinases/jak1/");
        Assert.Equal("JAK1", (await page.Locator("h1").TextContentAsync())?.Trim());

        var backlink = page.Locator(".related a.backlink[href*='drugs/ruxolitinib/']");
        await backlink.ClickAsync();
        await page.WaitForURLAsync("**/drugs/ruxolitinib/");
        Assert.Equal("Ruxolitinib", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Graph_nodes_are_links_that_navigate()
    {
        var (page, _) = await site.OpenAsync("graph/");
        var nodes = page.Locator(".graph-svg a");
        Assert.True(await nodes.CountAsync() >= 20);
        await page.Locator(".graph-svg a[href$='kinases/tyk2/']").ClickAsync();
        await page.WaitForURLAsync("**/kinases/tyk2/");
        Assert.True(await page.Locator(".neighbourhood .graph-svg a").CountAsync() > 1);
    }

    [Fact]
    public async Task Entity_pages_offer_an_edit_link_and_the_last_commit_date()
    {
        var (page, _) = await site.OpenAsync("kinases/jak2/");
        Assert.EndsWith("/input/kinases/jak2.md", await page.Locator(".site-footer a.edit").GetAttributeAsync("href"));
        // In a git checkout (as in CI) the date of the file's last commit is shown; without git it is left out.
        var git = Path.Combine(site.RepoRoot, ".git");
        var committed = Directory.Exists(git) || File.Exists(git);
        var time = page.Locator(".site-footer time");
        Assert.Equal(committed ? 1 : 0, await time.CountAsync());
        if (committed) Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", await time.GetAttributeAsync("datetime"));
    }

    [Fact]
    public async Task The_dark_scheme_renders()
    {
        var (dark, _) = await site.OpenAsync("kinases/jak2/", ColorScheme.Dark);
        Assert.Equal("rgb(15, 20, 25)", await dark.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(230, 237, 243)", await dark.EvaluateAsync<string>("getComputedStyle(document.body).color"));
        var (light, _) = await site.OpenAsync("kinases/jak2/", ColorScheme.Light);
        Assert.Equal("rgb(255, 255, 255)", await light.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
    }

    [Fact]
    public async Task Pages_fit_a_phone_without_sideways_scrolling()
    {
        foreach (var path in new[] { "", "kinases/jak2/", "trials/", "graph/" })
        {
            var (page, _) = await site.OpenAsync(path, width: 375);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"/{path} is {overflow}px wider than a 375px phone screen");
        }
    }

    [Fact]
    public async Task Charts_have_a_text_alternative_and_a_data_table()
    {
        var (page, _) = await site.OpenAsync("sources/wang-2025/");
        var charts = page.Locator("figure.chart");
        Assert.True(await charts.CountAsync() >= 3);
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var chart = charts.Nth(i);
            var svg = chart.Locator("svg");
            Assert.Equal("img", await svg.GetAttributeAsync("role"));
            Assert.NotNull(await svg.GetAttributeAsync("aria-labelledby"));
            Assert.False(string.IsNullOrWhiteSpace(await svg.Locator("desc").TextContentAsync()));
            Assert.True(await chart.Locator("table tbody tr").CountAsync() > 0);
        }
    }

    [Fact]
    public async Task No_page_type_logs_a_console_error()
    {
        var failures = new List<string>();
        foreach (var (kind, path) in SiteFixture.PageTypes)
        {
            var (page, errors) = await site.OpenAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            failures.AddRange(errors.Select(e => $"{kind} (/{path}): {e}"));
            await page.Context.CloseAsync();
        }
        Assert.Empty(failures);
    }
}
