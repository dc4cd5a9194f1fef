using JakKb.Diagnostics;

namespace JakKb.Tests.Diagnostics;

/// <summary>A diagnostic is printed on one line whatever its values hold, so content cannot write lines of its own into the build log.</summary>
public class DiagnosticTests
{
    private const string Forged = "jak9\n::error file=input/site.yml,line=1::forged\r\nBuilt 52 pages; 0 errors, 0 warnings in 1 ms.";

    [Fact]
    public void A_forged_annotation_in_a_message_stays_on_the_diagnostics_line()
    {
        var d = new Diagnostic(new SourceSpan("input/drugs/rux.md", 4, 10), Severity.Error, DiagnosticCodes.UnknownRelationTarget, $"'targets' target '{Forged}' is not the id of any entity.");

        var printed = d.ToString();

        Assert.DoesNotContain('\n', printed);
        Assert.DoesNotContain('\r', printed);
        Assert.Equal(
            @"input/drugs/rux.md(4,10): error JKB0040: 'targets' target 'jak9\n::error file=input/site.yml,line=1::forged\r\nBuilt 52 pages; 0 errors, 0 warnings in 1 ms.' is not the id of any entity.",
            printed);
    }

    [Fact]
    public void A_file_name_with_a_newline_cannot_start_a_line_either()
    {
        var d = new Diagnostic(SourceSpan.File("input/kinases/x\n::error::y.md"), Severity.Warning, DiagnosticCodes.SkippedFile, "skipped");
        Assert.Equal(@"input/kinases/x\n::error::y.md: warning JKB0009: skipped", d.ToString());
    }

    [Theory]
    [InlineData("a\u0085b", @"a\u0085b")] // NEL, a line break to some readers
    [InlineData("a\u2028b", @"a\u2028b")] // line separator
    [InlineData("a\u2029b", @"a\u2029b")] // paragraph separator
    [InlineData("a\u001b[31mb", @"a\u001B[31mb")] // a terminal escape sequence
    [InlineData("a\u202Eb", @"a\u202Eb")] // right-to-left override, which reorders what a reader sees
    [InlineData("a\tb\0", @"a\tb\u0000")]
    [InlineData(@"C:\input\ünïcode γ", @"C:\input\ünïcode γ")] // printable text, backslashes included, is left alone
    public void Every_control_character_is_written_as_a_visible_escape(string text, string escaped) =>
        Assert.Equal(escaped, Diagnostic.Escape(text));
}
