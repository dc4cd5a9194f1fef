using System.Diagnostics;
using JakKb.Building;
using JakKb.Publishing;
using JakKb.Tests.BadInput;
using JakKb.Tests.Support;

namespace JakKb.Tests.Building;

/// <summary>
/// <c>build --incremental</c> publishes as a full build does: the new site is staged beside the old one, its unchanged
/// files hard links to the old ones, and swapped in whole. Killed or out of disk, it leaves the whole old site or the
/// whole new one.
/// </summary>
public class IncrementalPublishTests
{
    private static BuildOptions Incremental(string input, string output) => new(input, output, Corpus.Theme, CheckLinks: false, Incremental: true);

    [Fact]
    public void An_incremental_build_swaps_in_a_new_folder_whose_unchanged_files_are_the_old_files_linked()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Corpus.CopyDir(Path.Combine(Corpus.CasesDir, "valid-site", "input"), input);
        var output = temp.Combine("site");
        Assert.True(SiteBuilder.Build(Incremental(input, output)).Succeeded);
        var unchanged = Path.Combine(output, "glossary", "index.html");
        var edited = Path.Combine(output, "kinases", "jak2", "index.html");
        var (folderBefore, unchangedBefore, editedBefore) = (Inode(output), Inode(unchanged), Inode(edited));
        File.AppendAllText(Path.Combine(input, "kinases", "jak2.md"), "\nOne more sentence.\n");

        var result = SiteBuilder.Build(Incremental(input, output));

        Assert.True(result.Succeeded);
        Assert.InRange(result.PagesRendered, 1, result.Pages - 1);
        Assert.NotEqual(folderBefore, Inode(output)); // a new folder, swapped in
        Assert.NotEqual(editedBefore, Inode(edited));
        if (OperatingSystem.IsLinux()) Assert.Equal(unchangedBefore, Inode(unchanged)); // the same file, not a copy
        // The replaced site is kept beside the output, sharing its unchanged files, for the next incremental build to stage in.
        var previous = PreviousSite.FolderFor(output);
        Assert.Equal(unchangedBefore, Inode(Path.Combine(previous, "glossary", "index.html")));
        Assert.Equal([OutputManifest.CacheFolder, PreviousSite.Prefix + "site", "input", "site"],
            Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Incremental_builds_staged_in_the_kept_site_equal_full_builds_and_a_plain_build_drops_the_kept_site()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Corpus.CopyDir(Path.Combine(Corpus.CasesDir, "valid-site", "input"), input);
        var output = temp.Combine("site");
        Assert.True(SiteBuilder.Build(Incremental(input, output)).Succeeded);
        var edits = new (string File, string Text)[]
        {
            ("kinases/jak2.md", "\nFirst edit.\n"), ("drugs/rux.md", "\nSecond edit.\n"), ("kinases/jak2.md", "\nThird edit.\n"),
            ("kinases/jak2.md", "\nFourth edit, on the same page again.\n"),
        };
        foreach (var (file, text) in edits)
        {
            File.AppendAllText(Path.Combine(input, file), text);
            Assert.True(SiteBuilder.Build(Incremental(input, output)).Succeeded);
            var full = temp.Combine("full");
            Assert.True(SiteBuilder.Build(new BuildOptions(input, full, Corpus.Theme, CheckLinks: false)).Succeeded);
            Assert.Equal(FolderSnapshot.Of(full), FolderSnapshot.Of(output));
            Assert.Equal(Directory.GetDirectories(full, "*", SearchOption.AllDirectories).Length, Directory.GetDirectories(output, "*", SearchOption.AllDirectories).Length);
        }
        File.WriteAllText(Path.Combine(output, "kinases", "jak2", "index.html"), "changed by hand");
        Assert.True(SiteBuilder.Build(Incremental(input, output)).Succeeded);
        Assert.NotEqual("changed by hand", File.ReadAllText(Path.Combine(output, "kinases", "jak2", "index.html")));

        Assert.True(SiteBuilder.Build(new BuildOptions(input, output, Corpus.Theme, CheckLinks: false)).Succeeded);
        Assert.True(SiteBuilder.Build(new BuildOptions(input, output, Corpus.Theme, CheckLinks: false)).Succeeded);
        Assert.Equal([OutputManifest.CacheFolder, "full", "input", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string Inode(string path) =>
        OperatingSystem.IsWindows() ? File.GetCreationTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : RunStat(path);

    private static string RunStat(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return inode;
    }

    /// <summary>The trial: <c>kill -9</c> of <c>build --incremental</c> at random moments while it writes.</summary>
    [Fact]
    public void An_incremental_build_killed_while_writing_leaves_the_old_site_or_the_new_one_never_a_mix()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("big");
        Corpus.WriteSyntheticInput(input, entities: 1500);
        var output = temp.Combine("site");
        var reference = temp.Combine("reference");
        Assert.True(SiteBuilder.Build(Incremental(input, output)).Succeeded);
        var oldSite = FolderSnapshot.Of(output);
        // Half the pages change: the rest are linked into the staging folder.
        foreach (var i in Enumerable.Range(0, 1500).Where(i => i % 2 == 0))
            File.AppendAllText(Path.Combine(input, "kinases", $"k{i}.md"), "\nEdited.\n");
        Assert.True(SiteBuilder.Build(new BuildOptions(input, reference, Corpus.Theme, CheckLinks: false)).Succeeded);
        var newSite = FolderSnapshot.Of(reference);

        var kills = 0;
        var random = new Random(7);
        for (var attempt = 0; attempt < 8 && kills < 4; attempt++)
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "jakkb.dll"), "build", "--incremental", "--input", input, "--output", output, "--theme", Corpus.Theme])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            // An incremental build removes the manifest just before it starts writing: from then on, kill it.
            var clock = Stopwatch.StartNew();
            while (!build.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && File.Exists(OutputManifest.PathFor(output)))
                Thread.Sleep(1);
            Thread.Sleep(random.Next(0, 60 * (attempt + 1)));
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                kills++;
            }
            build.WaitForExit();

            var now = FolderSnapshot.Of(output);
            var isOld = now.Count == oldSite.Count && !now.Except(oldSite).Any();
            var isNew = now.Count == newSite.Count && !now.Except(newSite).Any();
            Assert.True(isOld || isNew, $"attempt {attempt}: the output is neither the old site ({oldSite.Count} files) nor the new one ({newSite.Count} files), but {now.Count} files");
            if (isNew) break;
        }
        Assert.True(kills > 0, "no build was killed while writing; make the synthetic input larger");

        // The next incremental build finishes the job and removes what the killed ones left beside the output.
        Assert.True(SiteBuilder.Build(Incremental(input, output)).Succeeded);
        Assert.Equal(newSite, FolderSnapshot.Of(output));
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, StagingFolder.Prefix + "*"));
    }
}
