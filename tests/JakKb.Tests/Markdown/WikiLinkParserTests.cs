using JakKb.Markdown;
using JakKb.Markdown.WikiLinks;
using Markdig.Syntax;

namespace JakKb.Tests.Markdown;

public class WikiLinkParserTests
{
    private static List<WikiLinkInline> Links(string markdown) =>
        Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing).Descendants<WikiLinkInline>().ToList();

    [Fact]
    public void A_bare_link_names_its_target()
    {
        var link = Assert.Single(Links("See [[jak2]] here."));
        Assert.Equal((null, "jak2", null), (link.TypeName, link.Target, link.Label));
    }

    [Fact]
    public void A_typed_link_with_a_label_keeps_all_three_parts()
    {
        var link = Assert.Single(Links("[[drug:ruxolitinib|Jakafi]]"));
        Assert.Equal(("drug", "ruxolitinib", "Jakafi"), (link.TypeName, link.Target, link.Label));
    }

    [Fact]
    public void A_term_link_is_a_glossary_link()
    {
        Assert.True(Assert.Single(Links("the [[term:DCR]] was")).IsGlossaryTerm);
    }

    [Fact]
    public void Links_know_their_line_and_column()
    {
        var link = Assert.Single(Links("first\n\nsecond [[jak1]]"));
        Assert.Equal((2, 7), (link.Line, link.Column));
    }

    [Theory]
    [InlineData("[[]]")]
    [InlineData("[[unclosed")]
    [InlineData("[plain](link)")]
    public void Text_that_is_not_a_wiki_link_is_left_alone(string markdown) => Assert.Empty(Links(markdown));
}
