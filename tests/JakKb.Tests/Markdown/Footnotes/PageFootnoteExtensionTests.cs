using AngleSharp.Html.Parser;
using JakKb.Tests.Support;

namespace JakKb.Tests.Markdown.Footnotes;

public class PageFootnoteExtensionTests
{
    [Fact]
    public void Footnotes_of_the_body_and_of_a_curation_note_on_one_page_have_ids_of_their_own()
    {
        using var site = TestSite.Minimal()
            .With("kinases/jak1.md", "---\ntitle: JAK1\nsummary: S.\nnotes: [n1]\n---\n[[jak2]] matters.[^1]\n\n## Notes\n\n[^1]: In the body.\n")
            .With("data/curation-notes.yml", "- id: n1\n  title: A note\n  source: doc\n  locator: p. 1\n  text: \"A remark.[^1]\\n\\n[^1]: In the note.\"\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.Read("kinases/jak1/index.html"));

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var refs = page.QuerySelectorAll("a.footnote-ref").ToList();
        Assert.Equal(2, refs.Count);
        // Each reference leads to its own footnote, whose back link leads to it (the build's link check resolves every anchor).
        Assert.Equal(["#fn:1", "#fn:2:1"], refs.Select(a => a.GetAttribute("href")));
        Assert.Contains("In the note.", page.GetElementById("fn:2:1")!.TextContent);
        Assert.Equal("notes", page.QuerySelector(".prose h2")!.Id);
    }
}
