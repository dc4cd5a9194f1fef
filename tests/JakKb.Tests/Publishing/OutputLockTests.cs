using System.Diagnostics;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Publishing;
using JakKb.Tests.BadInput;
using JakKb.Tests.Support;

namespace JakKb.Tests.Publishing;

/// <summary>
/// Builds into one output take turns: each holds the output's lock for the whole build, so two builds at once
/// publish one whole site after the other, never a mix, and a build that cannot get the lock in time says so.
/// </summary>
public class OutputLockTests
{
    private static string Case(string name) => Path.Combine(Corpus.CasesDir, name, "input");

    private static BuildOptions Options(string input, string output, TimeSpan? wait = null) =>
        new(input, output, Corpus.Theme, CheckLinks: false, LockWait: wait);

    [Fact]
    public void A_build_that_cannot_get_the_lock_in_time_fails_with_JKB0091_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.True(SiteBuilder.Build(Options(Case("valid-site"), output)).Succeeded);
        var before = FolderSnapshot.Of(output);

        using (OutputLock.Acquire(output, TimeSpan.Zero))
        {
            var result = SiteBuilder.Build(Options(Case("valid-site"), output, TimeSpan.Zero) with { Incremental = true });

            Assert.False(result.Succeeded);
            Assert.Equal(DiagnosticCodes.OutputLocked, Assert.Single(result.Diagnostics).Code);
        }
        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.True(SiteBuilder.Build(Options(Case("valid-site"), output, TimeSpan.Zero)).Succeeded); // released with its holder
    }

    [Fact]
    public void The_lock_lives_beside_the_output_never_in_the_published_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");

        Assert.True(SiteBuilder.Build(Options(Case("valid-site"), output)).Succeeded);

        Assert.True(File.Exists(temp.Combine(OutputManifest.CacheFolder, "site.lock")));
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => f.EndsWith(".lock", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_outputs_own_leftover_staging_folders_are_removed_not_those_of_an_output_with_a_longer_name()
    {
        using var temp = new TempFolder();
        var leftover = temp.Combine($"{StagingFolder.Prefix}site-{Guid.NewGuid():N}");
        var other = temp.Combine($"{StagingFolder.Prefix}site-2-{Guid.NewGuid():N}");
        Directory.CreateDirectory(leftover);
        Directory.CreateDirectory(other);

        Assert.True(SiteBuilder.Build(Options(Case("valid-site"), temp.Combine("site"))).Succeeded);

        Assert.False(Directory.Exists(leftover));
        Assert.True(Directory.Exists(other));
    }

    [Fact]
    public void Builds_running_at_once_in_one_process_each_publish_a_whole_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var inputs = new[] { Case("valid-site"), temp.Combine("big") };
        Corpus.WriteSyntheticInput(inputs[1], entities: 150);
        var sites = inputs.Select((input, i) =>
        {
            var reference = temp.Combine($"reference-{i}");
            Assert.True(SiteBuilder.Build(Options(input, reference)).Succeeded);
            return FolderSnapshot.Of(reference);
        }).ToList();

        for (var round = 0; round < 4; round++)
        {
            var results = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
                .Select(i => SiteBuilder.Build(Options(inputs[i % 2], output) with { Incremental = i >= 2 })).ToList();

            Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
            AssertWhole(FolderSnapshot.Of(output), sites, $"round {round}");
        }
    }

    /// <summary>The issue's trial: two `jakkb build` processes on one output at once, again and again.</summary>
    [Fact]
    public void Two_build_processes_on_one_output_at_once_both_succeed_and_leave_a_whole_site()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var inputs = new[] { Case("valid-site"), temp.Combine("big") };
        Corpus.WriteSyntheticInput(inputs[1], entities: 300);
        var sites = inputs.Select((input, i) =>
        {
            var reference = temp.Combine($"reference-{i}");
            Assert.True(SiteBuilder.Build(Options(input, reference)).Succeeded);
            return FolderSnapshot.Of(reference);
        }).ToList();

        for (var round = 0; round < 6; round++)
        {
            var builds = inputs.Select((input, i) => Process.Start(new ProcessStartInfo("dotnet",
                [Path.Combine(AppContext.BaseDirectory, "jakkb.dll"), "build", "--input", inputs[(i + round) % 2], "--output", output, "--theme", Corpus.Theme])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!).ToList();
            var logs = builds.Select(b => b.StandardOutput.ReadToEndAsync()).ToList();
            foreach (var build in builds) build.WaitForExit();

            Assert.All(builds.Zip(logs), b => Assert.True(b.First.ExitCode == 0, $"round {round}: {b.Second.Result}"));
            AssertWhole(FolderSnapshot.Of(output), sites, $"round {round}");
            Assert.Empty(Directory.EnumerateDirectories(temp.Path, StagingFolder.Prefix + "*"));
        }
        Assert.True(SiteBuilder.Build(Options(Case("valid-site"), output)).Succeeded); // and no build refuses the output afterwards
    }

    private static void AssertWhole(Dictionary<string, string> now, List<Dictionary<string, string>> sites, string when) =>
        Assert.True(sites.Any(site => site.Count == now.Count && !now.Except(site).Any()),
            $"{when}: the output ({now.Count} files) is none of the sites built ({string.Join(", ", sites.Select(s => s.Count))} files)");
}
