using JakKb.Diagnostics;
using JakKb.Markdown;
using JakKb.Validation;

namespace JakKb.Tests.Validation;

public class UnrenderedMarkdownCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing);
        UnrenderedMarkdownCheck.Check(document, (line, column) => new SourceSpan("note.yml", line + 10, column + 1), diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void A_table_whose_rows_were_folded_onto_one_line_is_a_warning_at_its_position()
    {
        // What a folded YAML scalar (>-) makes of a table: every row joined by spaces.
        var found = Assert.Single(Check("Checked:\n\n| A | B | | --- | --- | | 1 | 2 |\n"));
        Assert.Equal(DiagnosticCodes.UnrenderedMarkdownTable, found.Code);
        Assert.Equal(Severity.Warning, found.Severity);
        Assert.Equal(12, found.Where.Line);
        Assert.Equal(1, found.Where.Column);
    }

    [Fact]
    public void List_items_joined_onto_one_line_are_a_warning()
    {
        var found = Assert.Single(Check("Inferred:\n\n- Table 1 → [5]; - Table 2 → [11];\n"));
        Assert.Equal(DiagnosticCodes.RunTogetherList, found.Code);
        Assert.Contains("- Table 2", found.Message);
    }

    [Fact]
    public void A_sentence_joined_to_a_bullet_after_a_full_stop_is_a_warning()
    {
        Assert.Equal(DiagnosticCodes.RunTogetherList, Assert.Single(Check("- Table 2 is printed late. - The subsection follows.\n")).Code);
    }

    [Theory]
    [InlineData("| A | B |\n| --- | --- |\n| 1 | 2 |\n")]
    [InlineData("Two items:\n\n- one;\n- two.\n")]
    [InlineData("NF-κB and STAT3 - key players in liver inflammation.\n")]
    [InlineData("The range 2-3 and p<0.001 - both as printed.\n")]
    [InlineData("Write `| --- |` for a delimiter row.\n")]
    public void Tables_lists_and_prose_that_render_as_meant_pass(string markdown) =>
        Assert.Empty(Check(markdown));
}
