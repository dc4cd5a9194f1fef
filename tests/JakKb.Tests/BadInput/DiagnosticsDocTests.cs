using System.Text;
using JakKb.Diagnostics;

namespace JakKb.Tests.BadInput;

/// <summary>docs/diagnostics.md lists every code of <see cref="DiagnosticCodes.All"/>; run with JAKKB_WRITE_DOCS=1 to regenerate its table.</summary>
public class DiagnosticsDocTests
{
    private const string Begin = "<!-- codes: generated from DiagnosticCodes.All by DiagnosticsDocTests -->";
    private const string End = "<!-- end of codes -->";

    public static string Table()
    {
        var sb = new StringBuilder();
        sb.Append(Begin).Append('\n').Append("| code | meaning | how to fix |\n| --- | --- | --- |\n");
        foreach (var (code, meaning, fix) in DiagnosticCodes.All)
            sb.Append($"| {code} | {meaning.Replace("|", "\\|")} | {fix.Replace("|", "\\|")} |\n");
        return sb.Append(End).ToString();
    }

    [Fact]
    public void The_doc_lists_every_code_with_its_meaning_and_fix()
    {
        var path = Path.Combine(Corpus.RepoRoot, "docs", "diagnostics.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/diagnostics.md has no generated table");
        var current = doc[start..(end + End.Length)];
        if (Environment.GetEnvironmentVariable("JAKKB_WRITE_DOCS") == "1" && current != Table())
            File.WriteAllText(path, doc.Replace(current, Table()));
        else
            Assert.Equal(Table(), current);
    }

    [Fact]
    public void Codes_are_unique_well_formed_and_each_has_a_meaning_and_a_fix()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(DiagnosticCodes.All, c =>
        {
            Assert.Matches(@"^JKB\d{4}$", c.Code);
            Assert.EndsWith(".", c.Meaning);
            Assert.EndsWith(".", c.Fix);
        });
        var constants = typeof(DiagnosticCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(constants.Order(), DiagnosticCodes.All.Select(c => c.Code).Order());
    }
}
