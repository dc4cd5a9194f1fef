using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Publishing;
using JakKb.Tests.BadInput;
using JakKb.Tests.Support;

namespace JakKb.Tests.Publishing;

/// <summary>
/// A deploy layout points the output at the served folder through a symbolic link (<c>public -> www/site-a</c>). A
/// build publishes into the link's target, staged and swapped beside the target; the link stays a link.
/// </summary>
public class SymbolicLinkOutputTests
{
    private static string Input(string name) => Path.Combine(Corpus.CasesDir, name, "input");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_symbolic_link_output_stays_a_link_and_its_target_holds_the_new_site(bool incremental)
    {
        using var temp = new TempFolder();
        var served = temp.Combine("www", "site-a");
        Directory.CreateDirectory(served);
        var link = temp.Combine("public");
        Directory.CreateSymbolicLink(link, served);
        var reference = temp.Combine("reference");
        Assert.True(SiteBuilder.Build(new BuildOptions(Input("valid-site"), reference, Corpus.Theme)).Succeeded);

        for (var i = 0; i < 2; i++)
            Assert.True(SiteBuilder.Build(new BuildOptions(Input("valid-site"), link, Corpus.Theme, CheckLinks: false, Incremental: incremental)).Succeeded);

        Assert.Equal(served, new DirectoryInfo(link).LinkTarget);
        Assert.Equal(FolderSnapshot.Of(reference), FolderSnapshot.Of(served));
        Assert.Equal(["site-a"], Directory.GetFileSystemEntries(temp.Combine("www")).Select(Path.GetFileName)
            .Where(n => n != OutputManifest.CacheFolder && !n!.StartsWith(PreviousSite.Prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_link_to_the_input_is_refused_as_the_input_itself_is()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Corpus.CopyDir(Input("valid-site"), input);
        var link = temp.Combine("public");
        Directory.CreateSymbolicLink(link, input);
        var before = FolderSnapshot.Of(input);

        var result = SiteBuilder.Build(new BuildOptions(input, link, Corpus.Theme));

        Assert.Equal(DiagnosticCodes.UnsafeOutputFolder, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, FolderSnapshot.Of(input));
    }
}
