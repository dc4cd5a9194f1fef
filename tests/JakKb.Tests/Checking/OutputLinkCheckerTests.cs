using JakKb.Checking;
using JakKb.Diagnostics;
using JakKb.Rendering;

namespace JakKb.Tests.Checking;

public class OutputLinkCheckerTests
{
    private static OutputFile Page(string path, string html) => new(path, System.Text.Encoding.UTF8.GetBytes(html));

    [Theory]
    [InlineData("kinases/jak2/index.html", "../../drugs/rux/", "drugs/rux/index.html")]
    [InlineData("kinases/jak2/index.html", "../", "kinases/index.html")]
    [InlineData("index.html", "./", "index.html")]
    [InlineData("index.html", "assets/site.css", "assets/site.css")]
    [InlineData("index.html", "../outside/", null)]
    public void Relative_links_resolve_like_a_browser_with_folders_meaning_their_index(string page, string link, string? expected) =>
        Assert.Equal(expected, OutputLinkChecker.Resolve(page, link));

    [Fact]
    public void A_link_to_a_missing_page_or_anchor_is_an_error()
    {
        var bag = new DiagnosticBag();
        OutputLinkChecker.Check(
        [
            Page("index.html", """<a href="a/">ok</a><a href="b/">missing</a><a href="a/#here">ok</a><a href="a/#nowhere">bad anchor</a><a href="https://x.org/">ext</a>"""),
            Page("a/index.html", """<h2 id="here">Here</h2><a href="../">home</a>"""),
        ], bag);

        Assert.Equal(["Link 'a/#nowhere' names an anchor that a/index.html does not have.", "Link 'b/' does not resolve to a file of the site."],
            bag.Sorted().Select(d => d.Message).Order());
    }

    [Theory]
    [InlineData("https://x.org/")]
    [InlineData("MAILTO:a@b.c")]
    [InlineData("irc://foo.bar:2233/baz")]
    [InlineData("a+b+c:d")]
    [InlineData("made-up-scheme://foo,bar")]
    [InlineData("localhost:5001/foo")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("//example.org/x")]
    public void A_link_with_any_scheme_leaves_the_site_and_is_not_checked_as_a_page(string link)
    {
        var bag = new DiagnosticBag();
        OutputLinkChecker.Check([Page("index.html", $"""<a href="{link}">out</a>""")], bag);
        Assert.Empty(bag.Sorted());
    }

    [Theory]
    [InlineData("foo):")]
    [InlineData("1abc:x")]
    [InlineData("a/b:c")]
    [InlineData("%20javascript:alert(1)")]
    public void A_link_whose_colon_starts_no_scheme_is_a_relative_path_that_must_name_a_file(string link)
    {
        var bag = new DiagnosticBag();
        OutputLinkChecker.Check([Page("index.html", $"""<a href="{link}">here</a>""")], bag);
        Assert.Equal(DiagnosticCodes.BrokenOutputLink, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Every_id_repeated_on_a_page_is_an_error_each_with_its_count()
    {
        var bag = new DiagnosticBag();
        OutputLinkChecker.Check(
        [
            Page("index.html", """<main id="main"><h2 id="main">Main</h2><dt id="jak-stat">JAK/STAT</dt><dt id="jak-stat">Jak-Stat</dt><tr id="fact-1"></tr><tr id="fact-1"></tr><tr id="fact-1"></tr><p data-id="main"></p></main>"""),
            Page("a/index.html", """<input type="radio" name="q"><input type="radio" name="q"><svg><g id="bar"></g></svg><p id="bar"></p>"""),
            Page("b/index.html", """<p id="x">one id each</p><p id="y"></p>"""),
        ], bag);

        Assert.Equal(
        [
            ("a/index.html", "The id 'bar' occurs 2 times on the page"),
            ("index.html", "The id 'fact-1' occurs 3 times on the page"),
            ("index.html", "The id 'jak-stat' occurs 2 times on the page"),
            ("index.html", "The id 'main' occurs 2 times on the page"),
        ], bag.Sorted().Select(d => (d.Where.Path, d.Message[..d.Message.IndexOf(';', StringComparison.Ordinal)])).Order());
        Assert.All(bag.Sorted(), d => Assert.Equal(DiagnosticCodes.DuplicateOutputId, d.Code));
    }
}
