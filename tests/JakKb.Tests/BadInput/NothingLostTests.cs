using System.Diagnostics;
using JakKb.Building;
using JakKb.Diagnostics;

using JakKb.Tests.Support;

namespace JakKb.Tests.BadInput;

/// <summary>
/// A failed build, a refused output folder and a build killed while writing all leave the previous site exactly as
/// it was: the output is always either the old site or the new one, byte for byte, never a mix or a partial file.
/// </summary>
public class NothingLostTests
{
    private static string Case(string name) => Path.Combine(Corpus.CasesDir, name, "input");

    private static BuildResult Build(string input, string output) =>
        SiteBuilder.Build(new BuildOptions(input, output, Corpus.Theme));

    [Fact]
    public void A_bad_build_after_a_good_one_leaves_the_output_byte_identical()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var output = Path.Combine(temp, "site");
        Assert.True(Build(Case("valid-site"), output).Succeeded);
        var before = Support.FolderSnapshot.Of(output);
        var times = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        foreach (var bad in new[] { "many-errors-one-run", "yaml-malformed", "not-utf8", "template-runtime-error", "broken-output-link" })
        {
            var result = Build(Case(bad), output);
            Assert.False(result.Succeeded, bad);
            Assert.Equal(before, Support.FolderSnapshot.Of(output));
        }
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
        // Beside the output: only the cache folder that holds its lock (see OutputLock), no staging folder.
        Assert.Equal([global::JakKb.Publishing.OutputManifest.CacheFolder, "site"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_a_build_did_not_write_is_never_replaced()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var foreign = Path.Combine(temp, "thesis");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "chapter1.tex"), "years of work");

        var result = Build(Case("valid-site"), foreign);

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnsafeOutputFolder, d.Code);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(foreign, "chapter1.tex")));
        Assert.Single(Directory.GetFileSystemEntries(foreign));
    }

    [Fact]
    public void The_output_may_not_overlap_the_input_or_the_theme()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var input = Path.Combine(temp, "input");
        Corpus.CopyDir(Case("valid-site"), input);
        var before = Support.FolderSnapshot.Of(input);

        foreach (var output in new[] { input, Path.Combine(input, "site"), temp, Corpus.Theme })
        {
            var result = Build(input, output);
            Assert.False(result.Succeeded, output);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeOutputFolder);
        }
        Assert.Equal(before, Support.FolderSnapshot.Of(input));
    }

    [Fact]
    public void Symbolic_links_too_large_files_and_unreadable_files_are_reported_not_followed()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var input = Path.Combine(temp, "input");
        Corpus.CopyDir(Case("valid-site"), input);
        var secret = Path.Combine(temp, "secret.txt");
        File.WriteAllText(secret, "password");
        File.CreateSymbolicLink(Path.Combine(input, "kinases", "jak1.md"), secret);
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.CreateSymbolicLink(Path.Combine(input, "assets", "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(input, "conditions"), temp);
        File.WriteAllText(Path.Combine(input, "kinases", "huge.md"), "---\ntitle: Huge\nsummary: x\n---\n" + new string('x', (int)global::JakKb.Loading.InputFile.MaxBytes));

        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(temp, "out"), Corpus.Theme, Write: false));

        Assert.Equal(
            ["assets/leak.txt: error JKB0006", "conditions: error JKB0006", "kinases/huge.md: error JKB0004", "kinases/jak1.md: error JKB0006"],
            result.Diagnostics.Select(d => Corpus.Head(d, input)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("password", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreadable_file_is_reported_when_the_system_enforces_permissions()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var input = Path.Combine(temp, "input");
        Corpus.CopyDir(Case("valid-site"), input);
        var file = Path.Combine(input, "kinases", "jak2.md");
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(file, UnixFileMode.None);
        var readable = true;
        try { File.ReadAllBytes(file); } catch (UnauthorizedAccessException) { readable = false; }
        if (readable) return; // root reads everything; nothing to observe here

        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(temp, "out"), Corpus.Theme, Write: false));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable && Corpus.Head(d, input) == "kinases/jak2.md: error JKB0005");
    }

    /// <summary>
    /// Runs the real command line (<c>dotnet jakkb.dll build</c>) on a large synthetic input and kills it while it
    /// writes, several times, at different moments: afterwards the output is the old site or the new one, exactly.
    /// </summary>
    [Fact]
    public void A_build_killed_while_writing_leaves_the_old_site_or_the_new_one_never_a_mix()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var big = Path.Combine(temp, "big");
        Corpus.WriteSyntheticInput(big, entities: 1500);
        var output = Path.Combine(temp, "site");
        var reference = Path.Combine(temp, "reference");

        Assert.True(Build(big, reference).Succeeded);
        var bigSite = Support.FolderSnapshot.Of(reference);
        Assert.True(Build(Case("valid-site"), output).Succeeded);
        var smallSite = Support.FolderSnapshot.Of(output);

        var kills = 0;
        var random = new Random(5);
        for (var attempt = 0; attempt < 8 && kills < 4; attempt++)
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "jakkb.dll"), "build", "--input", big, "--output", output, "--theme", Corpus.Theme])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            // Wait until the build is writing its staging folder, then let it write a little more.
            var clock = Stopwatch.StartNew();
            while (!build.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)
                   && !Directory.EnumerateDirectories(temp, ".jakkb-staging-site-*").Any())
                Thread.Sleep(1);
            Thread.Sleep(random.Next(0, 40 * (attempt + 1)));
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                kills++;
            }
            build.WaitForExit();

            var now = Support.FolderSnapshot.Of(output);
            var isOld = now.Count == smallSite.Count && !now.Except(smallSite).Any();
            var isNew = now.Count == bigSite.Count && !now.Except(bigSite).Any();
            Assert.True(isOld || isNew, $"attempt {attempt}: the output is neither the old site ({smallSite.Count} files) nor the new one ({bigSite.Count} files), but {now.Count} files");
            if (isNew) Assert.True(Build(Case("valid-site"), output).Succeeded); // start the next attempt from the old site again
        }
        Assert.True(kills > 0, "no build was killed while writing; make the synthetic input larger");

        // The next build clears what the killed ones left beside the output.
        Assert.True(Build(Case("valid-site"), output).Succeeded);
        Assert.Empty(Directory.EnumerateDirectories(temp, ".jakkb-staging-*"));
    }
}
