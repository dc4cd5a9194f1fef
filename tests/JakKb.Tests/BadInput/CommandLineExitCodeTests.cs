using JakKb.Cli;

namespace JakKb.Tests.BadInput;

/// <summary><c>jakkb check</c> is the CI gate: 0 when the site is clean, 1 for content errors (or warnings under --strict), 2 for usage errors.</summary>
public class CommandLineExitCodeTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Case(string name) => Path.Combine(Corpus.CasesDir, name, "input");

    [Fact]
    public void A_clean_site_checks_with_exit_code_0() =>
        Assert.Equal(ExitCodes.Success, Run("check", "--input", Case("valid-site"), "--theme", Corpus.Theme).Code);

    [Fact]
    public void Content_errors_give_exit_code_1_and_every_error_in_canonical_form()
    {
        var (code, output, _) = Run("check", "--input", Case("many-errors-one-run"), "--theme", Corpus.Theme);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal(7, output.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\S+\(\d+,\d+\): error JKB\d{4}: ")));
    }

    [Fact]
    public void Warnings_pass_but_fail_under_strict()
    {
        Assert.Equal(ExitCodes.Success, Run("check", "--input", Case("orphan-page"), "--theme", Corpus.Theme).Code);
        var (code, output, _) = Run("check", "--input", Case("orphan-page"), "--theme", Corpus.Theme, "--strict");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("warning JKB0081", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_output_link_fails_check_too() =>
        Assert.Equal(ExitCodes.ContentErrors, Run("check", "--input", Case("broken-output-link"), "--theme", Corpus.Theme).Code);

    [Fact]
    public void A_missing_input_folder_is_a_content_error() =>
        Assert.Equal(ExitCodes.ContentErrors, Run("check", "--input", Case("input-folder-missing"), "--theme", Corpus.Theme).Code);

    [Theory]
    [InlineData("check", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check", "--input")]
    public void Usage_errors_give_exit_code_2(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Contains("JKB9000", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\evil.com")]
    [InlineData("//evil.com/")]
    [InlineData("https://evil.com/")]
    [InlineData("/a/../b/")]
    public void A_base_path_that_is_not_a_plain_path_is_a_usage_error(string basePath)
    {
        var (code, output, error) = Run("build", "--input", Case("valid-site"), "--theme", Corpus.Theme, "--output", Path.Combine(Path.GetTempPath(), "jakkb-never-written"), "--base-path", basePath);
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Contains("JKB9000: --base-path", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "0")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--output", "")]
    [InlineData("build", "--output", "")]
    [InlineData("build", "--input", " ")]
    [InlineData("check", "--theme", "")]
    public void Bad_option_values_give_exit_code_2_with_a_JKB9000_message_and_no_stack_trace(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.StartsWith("jakkb: error JKB9000: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_gives_exit_code_2_with_a_JKB9000_message_and_no_stack_trace()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var output = new Support.TempFolder();

        var (code, _, error) = Run("serve", "--port", port, "--input", Case("valid-site"), "--theme", Corpus.Theme, "--output", output.Path);

        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Equal($"jakkb: error JKB9000: port {port} on 127.0.0.1 is in use; stop the program using it or pass --port with another number.", error.Trim());
    }
}
