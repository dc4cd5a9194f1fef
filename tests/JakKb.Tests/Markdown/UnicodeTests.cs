using System.Diagnostics;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Markdown;

/// <summary>
/// Unicode as the jakkb tool itself runs it: the test host has its own globalization settings, so the tool is run as
/// its own process, with the runtime configuration it ships with (ICU, not invariant globalization).
/// </summary>
public class UnicodeTests
{
    [Fact]
    public void The_tool_folds_link_labels_by_Unicode_case_and_normalises_slugs()
    {
        using var site = TestSite.Minimal().With("kinases/jak1.md",
            "---\ntitle: JAK1\nsummary: S.\n---\n[[jak2]] [ẞ] and [Straße]\n\n[SS]: https://example.org/ss\n[STRASSE]: https://example.org/strasse\n\n## Café ﬁnal\n");
        var tool = Path.Combine(AppContext.BaseDirectory, "jakkb.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { tool, "build", "--input", site.InputDir, "--output", site.OutputDir, "--theme", RepoPaths.Theme })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);

        var page = site.Read("kinases/jak1/index.html");
        Assert.Contains("<a href=\"https://example.org/ss\">ẞ</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/strasse\">Straße</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Slugs_are_made_after_Unicode_normalisation() =>
        Assert.Equal("cafe-final-ifn-gamma", Slugs.From("Café ﬁnal IFN-γ"));
}
