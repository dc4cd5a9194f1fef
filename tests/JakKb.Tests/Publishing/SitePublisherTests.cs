using JakKb.Publishing;
using JakKb.Rendering;
using JakKb.Tests.Support;

namespace JakKb.Tests.Publishing;

public class SitePublisherTests
{
    private static OutputFile File(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Publishing_replaces_the_whole_output_so_no_stale_page_survives()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        SitePublisher.Publish(output, [File("a/index.html", "old"), File("gone.html", "x")]);
        SitePublisher.Publish(output, [File("a/index.html", "new")]);

        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(output, "a/index.html")));
        Assert.False(System.IO.File.Exists(Path.Combine(output, "gone.html")));
        Assert.Equal([OutputManifest.CacheFolder, "out"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_output_readme_is_the_committed_one_so_a_build_leaves_git_clean() =>
        Assert.Equal(SitePublisher.OutputReadme, System.IO.File.ReadAllText(Path.Combine(RepoPaths.Root, "output", "README.md")));

    [Fact]
    public void A_file_that_would_land_outside_the_output_is_refused_and_the_old_site_stays()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        SitePublisher.Publish(output, [File("index.html", "good")]);

        Assert.Throws<InvalidOperationException>(() => SitePublisher.Publish(output, [File("../escape.html", "bad")]));

        Assert.Equal("good", System.IO.File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(System.IO.File.Exists(temp.Combine("escape.html")));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte()
    {
        using var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);
        var before = FolderSnapshot.Of(site.OutputDir);

        site.With("kinases/jak1.md", "---\ntitle: [broken\n---\n");
        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, FolderSnapshot.Of(site.OutputDir));
    }

}
