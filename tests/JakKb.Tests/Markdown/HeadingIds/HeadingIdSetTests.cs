using JakKb.Markdown.HeadingIds;

namespace JakKb.Tests.Markdown.HeadingIds;

public class HeadingIdSetTests
{
    [Fact]
    public void Repeated_slugs_are_numbered_as_GitHub_numbers_them()
    {
        var ids = new HeadingIdSet(_ => false);
        Assert.Equal(["notes", "notes-1", "notes-2", "notes-1-1"], new[] { "notes", "notes", "notes", "notes-1" }.Select(ids.Add));
    }

    [Fact]
    public void A_slug_the_page_uses_is_set_apart_and_stays_unique()
    {
        var ids = new HeadingIdSet(id => id == "main");
        Assert.Equal(["section-main", "section-main-1"], new[] { "main", "main" }.Select(ids.Add));
    }

    [Fact]
    public void Making_repeats_unique_takes_linear_work()
    {
        // Counted, not timed: each repeat asks about a bounded number of candidates, where trying -1, -2, … afresh
        // for every repeat asks n²/2 times (200 million for 20,000 headings).
        var asked = 0;
        var ids = new HeadingIdSet(_ => { asked++; return false; });
        const int n = 20_000;
        for (var i = 0; i < n; i++) ids.Add("results");
        Assert.True(asked <= 2 * n, $"{asked} questions for {n} headings");
    }
}
