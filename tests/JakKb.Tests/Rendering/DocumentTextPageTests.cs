using JakKb.Tests.Validation;

namespace JakKb.Tests.Rendering;

/// <summary>A quoted fact links to the words it rests on: the marked place on the document's text page, or the document's own address.</summary>
public class DocumentTextPageTests
{
    private const string MarkId = "q-jak2-fact-1";

    [Fact]
    public void The_facts_provenance_links_to_its_mark_on_the_text_page_with_a_text_fragment()
    {
        using var site = QuoteCheckTests.Quoting("{ exact: \"overexpressed in\", prefix: \"JAK1 is\" }");
        Assert.True(site.Build().Succeeded);

        var fact = site.Read("kinases/jak2/index.html");
        Assert.Contains($"<a class=\"quote-link\" href=\"../../sources/doc/text/#{MarkId}:~:text=JAK1%20is-,overexpressed%20in\">“overexpressed in”</a>", fact, StringComparison.Ordinal);

        var text = site.Read("sources/doc/text/index.html");
        // The second "overexpressed in", in paragraph 2, is marked with the id the link names, and links back to the fact.
        Assert.Contains($"<p id=\"p-2\">JAK2 is overexpressed in 42.6% of cases. JAK1 is <mark class=\"quote\" id=\"{MarkId}\">overexpressed in</mark><a class=\"quote-back\" href=\"../../../kinases/jak2/#fact-1\"", text, StringComparison.Ordinal);
        Assert.Contains("<td id=\"t1-r3-c2\">Positive</td>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../sources/doc/text/\">Read the document's text</a> (CC BY 4.0)", site.Read("sources/doc/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_text_is_data_its_markup_is_escaped()
    {
        using var site = QuoteCheckTests.Quoting("\"a <script>alert(1)</script> finding\"");
        Assert.True(site.Build().Succeeded);

        var text = site.Read("sources/doc/text/index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; finding</mark>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_the_licence_does_not_let_the_site_show_is_checked_but_linked_at_the_documents_address()
    {
        using var site = QuoteCheckTests.Quoting("\"overexpressed in 38.7%\"", shown: false);
        Assert.True(site.Build().Succeeded);

        Assert.False(File.Exists(Path.Combine(site.OutputDir, "sources/doc/text/index.html")));
        Assert.Contains("href=\"https://example.org/doc#:~:text=overexpressed%20in%2038.7%25\"", site.Read("kinases/jak2/index.html"), StringComparison.Ordinal);
    }
}
