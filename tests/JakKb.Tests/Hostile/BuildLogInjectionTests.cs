using JakKb.Cli;
using JakKb.Tests.Support;

namespace JakKb.Tests.Hostile;

/// <summary>
/// Content cannot write lines of its own into the build log: a value holding a newline and a GitHub annotation,
/// or a forged summary, is echoed inside its diagnostic's one line, escaped.
/// </summary>
public class BuildLogInjectionTests
{
    private const string Forged = "jak9\n::error file=input/site.yml,line=1::forged annotation\nBuilt 3 pages; 0 errors, 0 warnings in 1 ms.";

    private static (int Code, string[] Lines) Check(TestSite site, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(["check", "--input", site.InputDir, "--theme", RepoPaths.Theme, .. more], output, error);
        return (code, (output.ToString() + error.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_forged_annotation_in_a_field_value_cannot_start_a_line()
    {
        using var site = TestSite.Minimal()
            .With("drugs/tofa.md", $"---\ntitle: Tofacitinib\nsummary: S.\ntargets: [{System.Text.Json.JsonSerializer.Serialize(Forged)}]\n---\n[[jak2]]\n");

        var (code, lines) = Check(site);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Built ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"error JKB0040: 'targets' target 'jak9\n::error file=input/site.yml,line=1::forged annotation\nBuilt 3 pages", StringComparison.Ordinal));
        Assert.StartsWith("Build failed:", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_annotation_in_a_file_name_cannot_start_a_line()
    {
        using var site = TestSite.Minimal().With("kinases/x\n::error::forged\n.md", "---\ntitle: X\nsummary: S.\n---\n");

        var (code, lines) = Check(site);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forged_annotation_on_the_command_line_is_escaped_in_the_usage_error()
    {
        using var site = TestSite.Minimal();

        var (code, lines) = Check(site, "--base-path", "/x\n::error::forged\n");

        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("jakkb: error JKB9000: --base-path", StringComparison.Ordinal));
    }
}
