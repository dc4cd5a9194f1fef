using AngleSharp.Html.Parser;
using JakKb.Building;
using JakKb.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit.Abstractions;

namespace JakKb.Tests.Markdown.CommonMark;

/// <summary>
/// Every example of the CommonMark spec, written as a contributor's entity file and built by the real build with the
/// real theme, compared as the body appears on its page. Two allowances, both declared in the README:
/// raw HTML shows as escaped, inert text (the example is then held to CommonMark with raw HTML switched off), and
/// headings may carry ids. The link policy (CommonMark's reference safe mode) refuses no link of the spec: its
/// irc:, localhost: and made-up schemes pass like any other.
/// </summary>
public class CommonMarkSuiteTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<SpecExample> Examples = CommonMarkSpec.Load();

    /// <summary>CommonMark itself, with raw HTML recognised, to tell which examples contain it.</summary>
    private static readonly MarkdownPipeline Stock = new MarkdownPipelineBuilder().Build();

    /// <summary>CommonMark with raw HTML switched off: what an example with raw HTML must show under the first allowance.</summary>
    private static readonly MarkdownPipeline StockWithoutHtml = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>What Markdown writes; anything else in a body would be markup a contributor smuggled in.</summary>
    private static readonly HashSet<string> MarkdownElements =
    [
        "p", "em", "strong", "a", "img", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "br", "del", "table", "thead", "tbody", "tr", "th", "td", "input", "sup", "div", "span",
    ];

    private static string File(SpecExample e) => $"example-{e.Number:D3}";

    private static bool HasRawHtml(SpecExample e)
    {
        var document = Markdig.Markdown.Parse(e.Markdown, Stock);
        return document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
    }

    private static TestSite SiteOf(IEnumerable<SpecExample> examples)
    {
        var site = new TestSite()
            .With("site.yml", "title: CommonMark\n")
            .With("data/glossary.yml", "- term: Zyxwv\n  definition: A term no example uses.\n")
            .With("data/bibliography.yml", "[]\n");
        foreach (var e in examples)
            site.With($"kinases/{File(e)}.md", $"---\ntitle: Example {e.Number}\nsummary: CommonMark {CommonMarkSpec.Version} example {e.Number}.\n---\n{e.Markdown}");
        return site;
    }

    [Fact]
    public void The_spec_has_its_652_examples() => Assert.Equal(652, Examples.Count);

    [Fact]
    public void Every_example_passes_through_the_real_build_with_only_the_two_allowances()
    {
        // As `jakkb build` does: the examples link to addresses such as /url that are no pages of this site, which
        // only `check` (and --check-links) refuses.
        using var whole = SiteOf(Examples);
        var build = SiteBuilder.Build(new BuildOptions(whole.InputDir, whole.OutputDir, RepoPaths.Theme, Write: false, CheckLinks: false));
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        var pages = build.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
        var parser = new HtmlParser();

        var failures = new List<string>();
        int exact = 0, rawHtml = 0;
        foreach (var e in Examples)
        {
            var page = parser.ParseDocument(pages[$"kinases/{File(e)}/index.html"]);
            var body = page.QuerySelector("article .prose")!.InnerHtml;
            var html = HasRawHtml(e);
            var expected = html ? Markdig.Markdown.ToHtml(e.Markdown, StockWithoutHtml) : e.Html;
            var actualShape = HtmlShape.Of(body, headingIds: false);
            var expectedShape = HtmlShape.Of(expected, headingIds: false);
            var smuggled = HtmlShape.Elements(body).Where(n => !MarkdownElements.Contains(n)).ToList();
            if (actualShape != expectedShape || smuggled.Count > 0)
                failures.Add($"example {e.Number} ({e.Section}):\n  markdown: {Show(e.Markdown)}\n  expected: {expectedShape}\n  actual:   {actualShape}");
            else if (html) rawHtml++;
            else exact++;
        }
        output.WriteLine($"CommonMark {CommonMarkSpec.Version}: {exact + rawHtml} of {Examples.Count} pass: {exact} as the spec writes them, {rawHtml} with raw HTML as text.");
        Assert.True(failures.Count == 0, $"{failures.Count} examples fail:\n" + string.Join("\n", failures));
        Assert.Equal(Examples.Count, exact + rawHtml);
    }

    private static string Show(string s) => s.Replace("\n", "\\n").Replace("\t", "\\t");
}
