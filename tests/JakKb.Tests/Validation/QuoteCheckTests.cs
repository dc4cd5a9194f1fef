using JakKb.Diagnostics;
using JakKb.Tests.Support;

namespace JakKb.Tests.Validation;

/// <summary>A fact's quote must be the words of its document, found once; the document's text is a file of the repository.</summary>
public class QuoteCheckTests
{
    internal const string DocumentText =
        "The document\n\nJAK2 is overexpressed in 42.6% of cases. JAK1 is overexpressed\nin 38.7% of cases, a <script>alert(1)</script> finding.\n\nName\tValue\nJAK2\tPositive\nJAK1\tPositive\n";

    /// <summary>The minimal site, its document naming a text beside input/, and one fact on line 9 quoting it with <paramref name="quote"/>.</summary>
    internal static TestSite Quoting(string quote, bool shown = true, string documentFields = "") => TestSite.Minimal()
        .With("../texts/doc.txt", DocumentText)
        .With("sources/doc.md", "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\nurl: https://example.org/doc\n"
            + (documentFields.Length > 0 ? documentFields : "text: texts/doc.txt\ntext_licence: CC BY 4.0\n" + (shown ? "show_text: true\n" : ""))
            + "---\nAbout [[jak2]].\n")
        .With("kinases/jak2.md", "---\ntitle: JAK2\nsummary: A kinase.\nfacts:\n  - label: Overexpression\n    value: \"42.6\"\n    source: doc\n    locator: p. 1\n    quote: " + quote + "\n---\nA kinase.\n");

    private static Diagnostic OnlyError(TestSite site)
    {
        var result = site.Build(write: false);
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Words_the_document_does_not_print_are_an_error_at_the_quote_that_names_the_text_file()
    {
        using var site = Quoting("\"overexpressed in 50%\"");

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.QuoteNotFound, 9, 12), (error.Code, error.Where.Line, error.Where.Column));
        Assert.EndsWith("kinases/jak2.md", error.Where.Path, StringComparison.Ordinal);
        Assert.Contains("texts/doc.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("copy the words exactly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_found_twice_without_a_prefix_or_suffix_are_ambiguous_and_the_message_shows_both_places_and_a_fix()
    {
        using var site = Quoting("\"overexpressed in\"");

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.QuoteAmbiguous, 9, 12), (error.Code, error.Where.Line, error.Where.Column));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("p-2", error.Message, StringComparison.Ordinal);
        Assert.Contains("prefix: \"JAK2 is\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ exact: \"overexpressed in\", prefix: \"JAK1 is\" }")]
    [InlineData("{ exact: \"overexpressed in\", suffix: \"42.6%\" }")]
    [InlineData("\"overexpressed in 38.7%\"")] // a line break in the file is a space in the quote
    [InlineData("{ exact: Positive, prefix: JAK1 }")] // a prefix may reach into the cells before it
    public void A_prefix_or_suffix_picks_one_of_several_places(string quote)
    {
        using var site = Quoting(quote);

        var result = site.Build(write: false);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_prefix_that_does_not_precede_the_words_is_reported_as_not_found_with_the_context_to_use()
    {
        using var site = Quoting("{ exact: \"overexpressed in\", prefix: \"TYK2 is\" }");

        var error = OnlyError(site);

        Assert.Equal(DiagnosticCodes.QuoteNotFound, error.Code);
        Assert.Contains("occur twice, but never after \"TYK2 is\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_of_a_document_without_a_text_cannot_be_checked()
    {
        using var site = Quoting("\"overexpressed\"", documentFields: "doi: 10.1000/x\n");

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.QuoteWithoutText, 9, 12), (error.Code, error.Where.Line, error.Where.Column));
    }

    [Theory]
    [InlineData("text: texts/missing.txt\n")]
    [InlineData("text: ../../etc/passwd\n")]
    public void A_text_file_that_is_missing_or_outside_the_repository_is_an_error_at_the_text_field(string fields)
    {
        using var site = Quoting("\"overexpressed in 38.7%\"", documentFields: fields);

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.DocumentTextMissing, 8, 7), (error.Code, error.Where.Line, error.Where.Column));
    }

    [Fact]
    public void Showing_a_text_needs_its_licence()
    {
        using var site = Quoting("\"overexpressed in 38.7%\"", documentFields: "text: texts/doc.txt\nshow_text: true\n");

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.InvalidQuote, 9, 12), (error.Code, error.Where.Line, error.Where.Column));
        Assert.Contains("text_licence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_map_without_exact_is_malformed()
    {
        using var site = Quoting("{ prefix: JAK1 }");

        var error = OnlyError(site);

        Assert.Equal((DiagnosticCodes.InvalidQuote, 9, 12), (error.Code, error.Where.Line, error.Where.Column));
    }
}
