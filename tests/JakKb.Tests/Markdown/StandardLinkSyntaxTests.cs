using JakKb.Markdown;
using JakKb.Markdown.Citations;
using JakKb.Markdown.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JakKb.Tests.Markdown;

/// <summary>Brackets that are CommonMark's own link syntax keep CommonMark's meaning; no address is dropped.</summary>
public class StandardLinkSyntaxTests
{
    private static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing);

    [Theory]
    [InlineData("[[jak2]](https://example.org/x)")]
    [InlineData("[@kim2013](https://example.org/x)")]
    [InlineData("[[jak2]][ref]\n\n[ref]: https://example.org/x")]
    public void A_bracket_followed_by_a_link_address_is_a_link_to_that_address(string markdown)
    {
        var document = Parse(markdown);
        Assert.Empty(document.Descendants<WikiLinkInline>());
        Assert.Empty(document.Descendants<CitationInline>());
        Assert.Equal("https://example.org/x", Assert.Single(document.Descendants<LinkInline>()).Url);
    }

    [Fact]
    public void A_reference_link_in_an_extra_pair_of_brackets_is_a_reference_link()
    {
        var document = Parse("[[*foo* bar]]\n\n[*foo* bar]: /url \"title\"\n");
        Assert.Empty(document.Descendants<WikiLinkInline>());
        Assert.Equal("/url", Assert.Single(document.Descendants<LinkInline>()).Url);
    }

    [Theory]
    [InlineData("![[foo]]")]
    [InlineData("[[[foo]]]")]
    [InlineData("[[foo]]: /url \"title\"")]
    [InlineData("[@foo]: /url")]
    public void Text_that_CommonMark_keeps_as_text_is_no_wiki_link_nor_citation(string markdown)
    {
        var document = Parse(markdown);
        Assert.Empty(document.Descendants<WikiLinkInline>());
        Assert.Empty(document.Descendants<CitationInline>());
    }

    [Theory]
    [InlineData("[[jak2]]: the main target", "jak2")]
    [InlineData("- [[jak2]] and [[jak1]]", "jak2")]
    [InlineData("(see [[jak2]])", "jak2")]
    public void Wiki_links_in_ordinary_prose_stay_wiki_links(string markdown, string target) =>
        Assert.Equal(target, Parse(markdown).Descendants<WikiLinkInline>().First().Target);

    [Fact]
    public void A_citation_in_ordinary_prose_stays_a_citation() =>
        Assert.Equal(["kim2013"], Assert.Single(Parse("JAK2 in HCC [@kim2013].").Descendants<CitationInline>()).Keys);
}
