using JakKb.Rendering;

namespace JakKb.Tests.Rendering;

public class PageSpecTests
{
    private static PageSpec Spec(string url) => new(url, "x", "T", null, "s", [], null, _ => new Scriban.Runtime.ScriptObject());

    [Theory]
    [InlineData("", "./")]
    [InlineData("kinases/", "../")]
    [InlineData("kinases/jak2/", "../../")]
    public void Pages_link_to_the_root_relatively_so_the_site_works_under_any_base_path(string url, string root) =>
        Assert.Equal(root, Spec(url).RootFor("/jakkb/"));

    [Fact]
    public void The_not_found_page_uses_the_absolute_base_path_because_hosts_serve_it_at_any_depth() =>
        Assert.Equal("/jakkb/", Spec(PageSpec.NotFoundUrl).RootFor("/jakkb/"));

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("kinases/jak2/", "kinases/jak2/index.html")]
    [InlineData("404.html", "404.html")]
    public void Clean_urls_are_folders_with_an_index_file(string url, string path) => Assert.Equal(path, Spec(url).OutputPath);
}
