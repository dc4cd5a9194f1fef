using AngleSharp.Html.Parser;
using JakKb.Tests.Support;

namespace JakKb.Tests.Markdown.TableAlignment;

public class TableAlignmentExtensionTests
{
    [Fact]
    public void Column_alignment_is_a_class_the_stylesheet_aligns_never_an_inline_style()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md",
            "---\ntitle: JAK1\nsummary: S.\n---\n[[jak2]]\n\n| Left | Centre | Right | None |\n|:-----|:------:|------:|------|\n| a | b | c | d |\n");
        Assert.True(site.Build().Succeeded);
        var page = new HtmlParser().ParseDocument(site.Read("kinases/jak1/index.html"));

        Assert.Empty(page.QuerySelectorAll(".prose [style]"));
        Assert.Equal(["align-left", "align-center", "align-right", ""], page.QuerySelectorAll(".prose tbody td").Select(td => td.ClassName ?? ""));
        Assert.Equal(["align-left", "align-center", "align-right", ""], page.QuerySelectorAll(".prose thead th").Select(th => th.ClassName ?? ""));
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css"));
        foreach (var side in new[] { "left", "center", "right" })
            Assert.Contains($".align-{side} {{ text-align: {side}; }}", css, StringComparison.Ordinal);
    }
}
