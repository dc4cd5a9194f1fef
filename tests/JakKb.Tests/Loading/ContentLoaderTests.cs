using System.Diagnostics;
using JakKb.Diagnostics;
using JakKb.Tests.Support;

namespace JakKb.Tests.Loading;

/// <summary>The loader never opens a file that could block: named pipes, sockets and devices are refused by name.</summary>
public class ContentLoaderTests
{
    private static void MakeNamedPipe(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Theory]
    [InlineData("drugs/pipe.md")]
    [InlineData("data/glossary.yml")]
    [InlineData("site.yml")]
    [InlineData("assets/pipe.css")]
    [InlineData("layouts/pipe.sbn")]
    public async Task A_named_pipe_anywhere_in_the_input_fails_the_build_with_JKB0007_instead_of_hanging_it(string relative)
    {
        using var site = TestSite.Minimal();
        var pipe = Path.Combine(site.InputDir, relative);
        if (File.Exists(pipe)) File.Delete(pipe);
        MakeNamedPipe(pipe);

        // Reading the pipe would block until a writer came; none does, so a build that opens it never returns.
        var result = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NotRegularFile);
        Assert.Equal(Path.Combine(site.InputDir, relative).Replace('\\', '/'), diagnostic.Where.Path);
        Assert.Contains("not a regular file", diagnostic.Message);
    }
}
