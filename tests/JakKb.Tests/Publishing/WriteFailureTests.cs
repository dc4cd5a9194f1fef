using JakKb.Building;
using JakKb.Cli;
using JakKb.Diagnostics;
using JakKb.Publishing;
using JakKb.Tests.BadInput;
using JakKb.Tests.Support;

namespace JakKb.Tests.Publishing;

/// <summary>
/// A disk that fills up, or a writer that fails in a way nobody foresaw, ends the build with one diagnostic naming
/// the file, exit code 1, and the previous site exactly as it was: for a plain build, an incremental one and
/// <c>--check-links</c>. The failures are injected through <see cref="BuildOptions.WriteFile"/>; no test fills a disk.
/// </summary>
public class WriteFailureTests
{
    private static string Input => Path.Combine(Corpus.CasesDir, "valid-site", "input");

    /// <summary>Writes <paramref name="good"/> files, then fails as Linux does when the disk is full (ENOSPC, errno 28).</summary>
    private static FileWrite FullAfter(int good)
    {
        var written = 0;
        return (path, content) =>
        {
            if (Interlocked.Increment(ref written) > good) throw new IOException("No space left on device : '" + path + "'", OutputWriteException.Enospc);
            File.WriteAllBytes(path, content);
        };
    }

    public static TheoryData<string> Kinds => ["plain", "incremental", "check-links"];

    private static BuildOptions Options(string kind, string output, FileWrite? write = null) =>
        new(Input, output, Corpus.Theme, CheckLinks: kind == "check-links", Incremental: kind == "incremental", WriteFile: write);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_full_disk_is_JKB0092_naming_the_file_and_the_space_needed_and_the_old_site_stays(string kind)
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.True(SiteBuilder.Build(Options(kind, output)).Succeeded);
        var before = FolderSnapshot.Of(output);
        // An edit, so that an incremental build has a page to write.
        var input = temp.Combine("input");
        Corpus.CopyDir(Input, input);
        File.AppendAllText(Path.Combine(input, "kinases", "jak2.md"), "\nOne more sentence.\n");

        var result = SiteBuilder.Build(Options(kind, output, FullAfter(good: kind == "incremental" ? 0 : 3)) with { InputDir = input });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.DiskFull, error.Code);
        Assert.StartsWith(output + Path.DirectorySeparatorChar, error.Where.Path, StringComparison.Ordinal);
        Assert.Matches(@"needs about [0-9.,]+ (bytes|MiB) free", error.Message);
        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Equal([OutputManifest.CacheFolder, "input", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unforeseen_exception_while_writing_is_JKB9999_and_the_command_line_exits_1_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.True(SiteBuilder.Build(Options("plain", output)).Succeeded);
        var before = FolderSnapshot.Of(output);

        var result = SiteBuilder.Build(Options("plain", output, (_, _) => throw new InvalidOperationException("a bug")));
        var printed = new StringWriter();
        BuildReport.Print(result, printed);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InternalError, error.Code);
        Assert.Contains("Internal error while processing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(output));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_JKB0093()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.True(SiteBuilder.Build(Options("plain", output)).Succeeded);

        var result = SiteBuilder.Build(Options("plain", output, (path, _) => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.")));

        Assert.Equal(DiagnosticCodes.OutputUnwritable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_command_line_turns_a_build_failure_into_exit_code_1()
    {
        using var temp = new TempFolder();
        var blocker = temp.Combine("blocker");
        File.WriteAllText(blocker, "a file where the output's parent folder should be");

        var printed = new StringWriter();
        var code = CommandLine.Run(["build", "--input", Input, "--output", Path.Combine(blocker, "site"), "--theme", Corpus.Theme], printed, printed);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error JKB0093", printed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed.ToString(), StringComparison.Ordinal);
    }
}
