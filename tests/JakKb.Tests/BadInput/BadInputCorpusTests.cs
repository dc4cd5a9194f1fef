using JakKb.Building;
using JakKb.Diagnostics;

namespace JakKb.Tests.BadInput;

/// <summary>
/// Builds every case under BadInput/cases/ (a minimal input with one kind of defect) and compares its diagnostics
/// with the case's expected.txt exactly: each line is <c>path(line,col): error JKBnnnn</c>, optionally followed by
/// <c>: text</c> that the message must contain. Every diagnostic must be expected and every expected line met.
/// </summary>
public class BadInputCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Corpus.CasesDir).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string name)
    {
        var caseDir = Path.Combine(Corpus.CasesDir, name);
        var inputDir = Path.Combine(caseDir, "input");
        var result = SiteBuilder.Build(new BuildOptions(inputDir, Path.Combine(caseDir, "no-output"), Corpus.Theme, Write: false));

        var expected = File.ReadAllLines(Path.Combine(caseDir, "expected.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(Parse).ToList();
        var actual = result.Diagnostics.Select(d => (Head: Corpus.Head(d, inputDir), d.Message, Text: d.ToString())).ToList();

        var unmatched = actual.ToList();
        var missing = new List<string>();
        foreach (var (head, fragment) in expected)
        {
            var hit = unmatched.FindIndex(a => a.Head == head && a.Message.Contains(fragment, StringComparison.Ordinal));
            if (hit < 0) missing.Add(fragment.Length > 0 ? $"{head}: {fragment}" : head);
            else unmatched.RemoveAt(hit);
        }
        Assert.True(missing.Count == 0 && unmatched.Count == 0,
            $"Case '{name}':\n  expected but not reported:\n    {string.Join("\n    ", missing)}\n  reported but not expected:\n    {string.Join("\n    ", unmatched.Select(u => u.Head + ": " + u.Message))}");
        Assert.Equal(expected.Count == 0 || result.Errors == 0, result.Succeeded);
    }

    [Fact]
    public void Every_case_folder_has_an_expected_file_and_every_error_code_of_the_input_has_a_case()
    {
        var dirs = Directory.GetDirectories(Corpus.CasesDir);
        Assert.All(dirs, d => Assert.True(File.Exists(Path.Combine(d, "expected.txt")), d));
        var covered = dirs.SelectMany(d => File.ReadAllLines(Path.Combine(d, "expected.txt")))
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"JKB\d{4}").Value).ToHashSet();
        // Codes that need a condition a committed folder cannot hold are covered by their own tests in this folder,
        // and those of writing the output by Publishing/ (OutputLockTests, WriteFailureTests) and Diagnostics/InternalErrorTests.
        string[] elsewhere = [DiagnosticCodes.FileTooLarge, DiagnosticCodes.FileUnreadable, DiagnosticCodes.SymbolicLink,
            DiagnosticCodes.UnsafeOutputFolder, DiagnosticCodes.UsageError, DiagnosticCodes.OutputLocked, DiagnosticCodes.DiskFull,
            DiagnosticCodes.OutputUnwritable, DiagnosticCodes.InternalError,
            // A named pipe cannot be committed (Loading/ContentLoaderTests makes one).
            DiagnosticCodes.NotRegularFile,
            // Writing the JSON Schemas outside a build (JsonSchemas/JsonSchemaExportTests).
            DiagnosticCodes.JsonSchemaUnwritable];
        var uncovered = DiagnosticCodes.All.Select(c => c.Code).Where(c => !covered.Contains(c) && !elsewhere.Contains(c)).ToList();
        Assert.True(uncovered.Count == 0, "No bad-input case for: " + string.Join(", ", uncovered));
    }

    private static (string Head, string Fragment) Parse(string line)
    {
        var m = System.Text.RegularExpressions.Regex.Match(line.Trim(), @"^(?<head>.*?: (?:error|warning) JKB\d{4})(?:: (?<text>.*))?$");
        Assert.True(m.Success, $"Malformed expected line: {line}");
        return (m.Groups["head"].Value, m.Groups["text"].Value);
    }
}
