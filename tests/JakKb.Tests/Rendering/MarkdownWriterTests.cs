using JakKb.Diagnostics;
using JakKb.Tests.Support;

namespace JakKb.Tests.Rendering;

public class MarkdownWriterTests
{
    [Fact]
    public void A_curation_notes_headings_carry_no_ids_so_they_cannot_repeat_the_body_or_another_note()
    {
        using var site = TestSite.Minimal()
            .With("kinases/jak2.md", "---\ntitle: JAK2\nsummary: A kinase.\nnotes: [n1, n2]\n---\n## Background\n\nJAK2 matters in HCC [@kim2013].\n")
            .With("data/curation-notes.yml",
                "- id: n1\n  title: One\n  source: doc\n  locator: p. 1\n  text: \"## Background\\n\\nThe first.\"\n" +
                "- id: n2\n  title: Two\n  source: doc\n  locator: p. 2\n  text: \"## Background\\n\\nThe second.\"\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOutputId);
        var page = site.Read("kinases/jak2/index.html");
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(page, " id=\"background\""));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(page, ">Background</h2>"));
    }
}
