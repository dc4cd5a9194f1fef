using JakKb.Markdown;
using JakKb.Markdown.HeadingIds;
using Markdig.Syntax;

namespace JakKb.Tests.Markdown.HeadingIds;

public class HeadingSlugTests
{
    private static string Slug(string markdown) =>
        HeadingSlug.For(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing).Descendants<HeadingBlock>().Single());

    [Theory]
    [InlineData("## Median OS (months)", "median-os-months")]
    [InlineData("## *JAK2* and `STAT3`", "jak2-and-stat3")]
    [InlineData("## Café &amp; IL-6", "café--il-6")]
    [InlineData("## [[drug:rux|Ruxolitinib]] trials", "ruxolitinib-trials")]
    [InlineData("Setext *heading*\n===", "setext-heading")]
    [InlineData("## ???", "section")]
    public void A_heading_slug_is_the_text_a_reader_sees_as_GitHub_writes_it(string markdown, string slug) =>
        Assert.Equal(slug, Slug(markdown));
}
