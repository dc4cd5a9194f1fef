using JakKb.Building;
using JakKb.Tests.Support;

namespace JakKb.Tests.Building;

public class SiteBuilderTests
{

    [Fact]
    public void Writing_while_rendering_produces_exactly_the_site_of_the_checked_in_memory_build()
    {
        using var temp = new TempFolder();
        var streamed = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, temp.Combine("streamed"), RepoPaths.Theme, CheckLinks: false));
        var checkedBuild = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, temp.Combine("checked"), RepoPaths.Theme, CheckLinks: true));

        Assert.True(streamed.Succeeded && checkedBuild.Succeeded);
        Assert.Equal(checkedBuild.Pages, streamed.Pages);
        Assert.Equal(FolderSnapshot.Of(temp.Combine("checked")), FolderSnapshot.Of(temp.Combine("streamed")));
    }

    [Fact]
    public void A_streamed_build_that_fails_leaves_the_previous_output_and_no_staging_folder()
    {
        using var site = TestSite.Minimal();
        var options = new BuildOptions(site.InputDir, site.OutputDir, RepoPaths.Theme, CheckLinks: false);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = FolderSnapshot.Of(site.OutputDir);

        // A template that fails while pages are being written: the staging folder is abandoned, not swapped in.
        site.With("layouts/kinase.sbn", "{{ no_such_variable }}");
        var failed = SiteBuilder.Build(options);
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == JakKb.Diagnostics.DiagnosticCodes.TemplateError);

        Assert.Equal(before, FolderSnapshot.Of(site.OutputDir));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.OutputDir)!, ".jakkb-staging-*"));
    }

    [Theory]
    [InlineData(@"\evil.com")]
    [InlineData("//evil.com")]
    public void A_base_path_given_by_a_caller_other_than_the_command_line_is_still_refused(string basePath)
    {
        using var site = TestSite.Minimal();

        var result = site.Build(basePath: basePath);

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((JakKb.Diagnostics.DiagnosticCodes.InvalidBasePath, "--base-path"), (d.Code, d.Where.Path));
        Assert.False(Directory.Exists(site.OutputDir));
    }
}
