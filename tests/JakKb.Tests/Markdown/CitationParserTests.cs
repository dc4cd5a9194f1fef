using JakKb.Markdown;
using JakKb.Markdown.Citations;
using Markdig.Syntax;

namespace JakKb.Tests.Markdown;

public class CitationParserTests
{
    private static List<CitationInline> Citations(string markdown) =>
        Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing).Descendants<CitationInline>().ToList();

    [Fact]
    public void A_single_key_is_read() => Assert.Equal(["kim2013"], Assert.Single(Citations("Shown [@kim2013].")).Keys);

    [Fact]
    public void Several_keys_separated_by_semicolons_are_one_citation() =>
        Assert.Equal(["a", "b"], Assert.Single(Citations("Shown [@a; @b].")).Keys);

    [Fact]
    public void A_key_may_name_its_entry_in_the_documents_list_and_be_marked_inferred()
    {
        var citation = Assert.Single(Citations("Shown [@oshea2012 #20; @b inferred; @c]."));
        Assert.Equal(["oshea2012", "b", "c"], citation.Keys);
        Assert.Equal([20, null, null], citation.Listed);
        Assert.Equal([false, true, false], citation.Inferred);
    }

    [Theory]
    [InlineData("an email@example.com")]
    [InlineData("[not a citation]")]
    [InlineData("[@a; b]")]
    [InlineData("[@a perhaps]")]
    [InlineData("[@a #x]")]
    public void Brackets_without_keys_are_not_citations(string markdown) => Assert.Empty(Citations(markdown));
}
