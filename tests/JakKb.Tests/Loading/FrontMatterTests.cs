using JakKb.Diagnostics;
using JakKb.Loading;

namespace JakKb.Tests.Loading;

public class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_from_body_and_remembers_where_each_starts()
    {
        var bag = new DiagnosticBag();
        var parts = FrontMatter.Split("a.md", "---\ntitle: X\nsummary: Y\n---\nBody line\n", bag);

        Assert.NotNull(parts);
        Assert.Equal("title: X\nsummary: Y", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal(5, parts.BodyFirstLine);
        Assert.StartsWith("Body line", parts.Body);
    }

    [Fact]
    public void A_file_without_an_opening_line_is_reported_at_line_one()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("a.md", "title: X\n", bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.FrontMatterMissing, 1, 1), (d.Code, d.Where.Line, d.Where.Column));
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_an_error_not_a_silent_empty_body()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("a.md", "---\ntitle: X\nBody\n", bag));
        Assert.Equal(DiagnosticCodes.FrontMatterNotClosed, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Windows_line_endings_close_the_front_matter_too()
    {
        var parts = FrontMatter.Split("a.md", "---\r\ntitle: X\r\n---\r\nBody", new DiagnosticBag());
        Assert.NotNull(parts);
    }
}
