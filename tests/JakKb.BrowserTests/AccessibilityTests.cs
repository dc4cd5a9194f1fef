using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JakKb.BrowserTests;

/// <summary>
/// axe-core over one page of every type in the light scheme, and over the pages that carry every kind of
/// component (charts, graph, notes, tooltips, tables) in the dark scheme: zero violations.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string> Schemes => new() { "light", "dark" };

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task Every_page_type_has_zero_axe_violations(string scheme)
    {
        var failures = new List<string>();
        string[] darkKinds = ["home", "kinase", "source", "trial index", "graph", "curation notes"];
        foreach (var (kind, path) in SiteFixture.PageTypes.Where(p => scheme == "light" || darkKinds.Contains(p.Kind)))
        {
            var (page, _) = await site.OpenAsync(path, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
            var result = await page.RunAxe();
            foreach (var v in result.Violations)
                failures.Add($"{kind} (/{path}): {v.Id} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
