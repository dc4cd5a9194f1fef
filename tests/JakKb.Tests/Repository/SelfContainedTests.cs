using JakKb.Tests.Support;

namespace JakKb.Tests.Repository;

/// <summary>A fresh clone, on GitHub or anywhere, holds everything its tests and CI need.</summary>
public class SelfContainedTests
{
    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([RepoPaths.Root, .. parts]));

    [Theory]
    [InlineData("wang-2025.txt", "Creative Commons Attribution")]
    [InlineData("luo-2020-pubmed.txt", "PubMed")]
    public void The_source_documents_are_kept_in_the_repository_with_their_licence_notes(string file, string inText)
    {
        Assert.Contains(inText, Read("docs", "sources", file));
        var readme = Read("docs", "sources", "README.md");
        Assert.Contains($"`{file}`", readme);
        Assert.Contains("CC BY", readme);
    }

    [Fact]
    public void No_test_reads_a_folder_beside_the_repository()
    {
        var tests = Path.Combine(RepoPaths.Root, "tests");
        var offenders = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => f != Path.Combine(tests, "JakKb.Tests", "Repository", "SelfContainedTests.cs"))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("\"shared\"", StringComparison.Ordinal) || text.Contains("../shared", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_GitHub_workflow_runs_the_CI_script_with_a_Chromium_it_has()
    {
        var workflow = Read(".github", "workflows", "site.yml");
        Assert.Contains("run: bash .ci/run", workflow);
        Assert.Contains("JAKKB_CHROMIUM:", workflow);
        Assert.Contains("dotnet format JakKb.sln --verify-no-changes", Read(".ci", "run"));
    }
}
