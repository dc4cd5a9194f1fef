using JakKb.Markdown;
using JakKb.Markdown.Footnotes;
using JakKb.Markdown.HeadingIds;
using JakKb.Markdown.TableAlignment;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JakKb.Tests.Markdown;

/// <summary>The GitHub features that are on (docs/content-format.md lists them), and the one that is not.</summary>
public class MarkdownPipelinesTests
{
    private static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing);

    [Fact]
    public void Strikethrough_is_on() =>
        Assert.Single(Parse("~~withdrawn~~").Descendants<EmphasisInline>(), e => e.DelimiterChar == '~' && e.DelimiterCount == 2);

    [Fact]
    public void Task_lists_are_on() =>
        Assert.Equal([true, false], Parse("- [x] done\n- [ ] open\n").Descendants<TaskList>().Select(t => t.Checked));

    [Fact]
    public void Task_boxes_are_disabled_and_named_by_their_state()
    {
        using var site = Support.TestSite.Minimal().With("kinases/jak1.md", "---\ntitle: JAK1\nsummary: S.\n---\n[[jak2]]\n\n- [x] done\n- [ ] open\n");
        Assert.True(site.Build().Succeeded);
        var boxes = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("kinases/jak1/index.html")).QuerySelectorAll(".prose input[type=checkbox]");
        Assert.Equal([("done", true), ("open", false)], boxes.Select(b => (b.GetAttribute("aria-label"), b.HasAttribute("checked"))));
        Assert.All(boxes, b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void Footnotes_are_on() =>
        Assert.Single(Parse("Text.[^1]\n\n[^1]: A note.\n").Descendants<Footnote>());

    [Fact]
    public void A_bare_address_stays_text_as_CommonMark_says() =>
        Assert.Empty(Parse("see https://example.org").Descendants<Markdig.Syntax.Inlines.LinkInline>());

    [Fact]
    public void Raw_html_is_off() =>
        Assert.Empty(Parse("<script>alert(1)</script>\n\n<b>x</b>").Descendants<Markdig.Syntax.Inlines.HtmlInline>());

    [Fact]
    public void Our_extensions_are_in_the_pipeline()
    {
        var extensions = MarkdownPipelines.Parsing.Extensions;
        Assert.Contains(extensions, e => e is HeadingIdExtension);
        Assert.Contains(extensions, e => e is PageFootnoteExtension);
        Assert.Contains(extensions, e => e is TableAlignmentExtension);
        Assert.Contains(extensions, e => e is JakKb.Markdown.TaskLists.AccessibleTaskListExtension);
        Assert.DoesNotContain(extensions, e => e is Markdig.Extensions.AutoIdentifiers.AutoIdentifierExtension);
    }
}
