using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;

namespace JakKb.Tests.Loading;

public class DataFileReaderTests
{
    private static (IReadOnlyList<Reference> References, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var references = DataFileReader.Bibliography("input/data/bibliography.yml", yaml, bag);
        return (references, bag.Sorted());
    }

    private const string Cited = "- key: kim2013\n  authors: Kim HS\n  title: A paper\n  status: verified\n";

    [Fact]
    public void A_reference_is_cited_by_a_source_document_unless_it_says_origin_outside()
    {
        var (references, diagnostics) = Read(
            Cited + "  cited_by:\n    - source: doc\n      number: 1\n" +
            "- key: oshea2013\n  authors: O'Shea JJ\n  title: Background\n  status: verified\n  origin: outside\n  cited_by: []\n");

        Assert.Empty(diagnostics);
        Assert.Equal([ReferenceOrigin.Source, ReferenceOrigin.Outside], references.Select(r => r.Origin));
        Assert.Equal([false, true], references.Select(r => r.IsOutside));
    }

    [Fact]
    public void An_outside_reference_may_leave_cited_by_out()
    {
        var (references, diagnostics) = Read(Cited.Replace("kim2013", "gaffen2009") + "  origin: outside\n");
        Assert.Empty(diagnostics);
        Assert.True(Assert.Single(references).IsOutside);
    }

    [Fact]
    public void A_misspelt_origin_is_reported_where_it_stands_with_a_suggestion()
    {
        var (_, diagnostics) = Read(Cited + "  origin: outsde\n  cited_by: []\n");

        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownReferenceOrigin);
        Assert.Equal((5, 11), (d.Where.Line, d.Where.Column));
        Assert.Contains("did you mean 'outside'?", d.Message);
    }

    [Fact]
    public void An_empty_cited_by_is_valid_only_for_an_outside_reference()
    {
        var (_, diagnostics) = Read(Cited + "  cited_by: []\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.CitedByOriginMismatch, d.Code);
        Assert.Equal((5, 13), (d.Where.Line, d.Where.Column));
        Assert.Contains("origin: outside", d.Message);
    }

    [Fact]
    public void An_outside_reference_that_lists_a_citing_document_is_refused()
    {
        var (_, diagnostics) = Read(Cited + "  origin: outside\n  cited_by:\n    - source: doc\n      number: 1\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.CitedByOriginMismatch, d.Code);
        Assert.Equal(7, d.Where.Line);
    }

    [Fact]
    public void The_printed_number_is_kept_beside_the_position_exactly_as_printed()
    {
        var (references, diagnostics) = Read(Cited + "  cited_by:\n    - source: luo\n      number: 3\n      printed_number: \"1\"\n    - source: wang\n      number: 2\n");

        Assert.Empty(diagnostics);
        var citedBy = references[0].CitedBy;
        Assert.Equal([(3, "1"), (2, null)], citedBy.Select(c => (c.Number, c.PrintedNumber)));
    }

    [Theory]
    [InlineData("\"[11]\"", "'11'")]
    [InlineData("\"1.\"", "'1'")]
    [InlineData("one", "'11'")]
    public void A_printed_number_with_its_brackets_or_full_stop_is_refused_with_the_digits_to_write(string printed, string suggestion)
    {
        var (_, diagnostics) = Read(Cited + $"  cited_by:\n    - source: doc\n      number: 11\n      printed_number: {printed}\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidPrintedNumber, d.Code);
        Assert.Equal((8, 23), (d.Where.Line, d.Where.Column));
        Assert.Contains($"e.g. {suggestion}", d.Message);
    }

    [Fact]
    public void A_misspelt_printed_number_field_gets_a_suggestion()
    {
        var (_, diagnostics) = Read(Cited + "  cited_by:\n    - source: doc\n      number: 11\n      printed_numbr: \"11\"\n");
        Assert.Contains("Did you mean 'printed_number'?", Assert.Single(diagnostics).Message);
    }
}
