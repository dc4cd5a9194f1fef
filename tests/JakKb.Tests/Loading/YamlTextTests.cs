using JakKb.Diagnostics;
using JakKb.Loading;

namespace JakKb.Tests.Loading;

public class YamlTextTests
{
    [Fact]
    public void Anchors_and_aliases_are_refused_before_they_can_expand()
    {
        var bag = new DiagnosticBag();
        var laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";

        Assert.Null(YamlText.Parse("f.md", laughs, firstLine: 2, bag));

        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.YamlAlias, d.Code);
        Assert.Equal(2, d.Where.Line);
    }

    [Fact]
    public void Syntax_errors_are_reported_at_the_line_of_the_contributors_file()
    {
        var bag = new DiagnosticBag();
        YamlText.Parse("f.md", "title: ok\nsummary: [unclosed\n", firstLine: 2, bag);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.True(d.Where.Line >= 3, $"line {d.Where.Line} should be in the file's numbering, past the opening ---");
        Assert.Contains("f.md(", d.ToString());
    }
}
