using JakKb.Model;

namespace JakKb.Tests.Model;

public class SiteConfigTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("/jakkb/")]
    [InlineData("jakkb")]
    [InlineData("/a/b.c/d_e~f-g/")]
    public void A_plain_base_path_is_accepted(string path) =>
        Assert.Null(SiteConfig.BasePathProblem(path));

    [Theory]
    [InlineData(@"\evil.com")] // browsers read '/\' as '//', another host
    [InlineData(@"/a\b/")]
    [InlineData("//evil.com/")]
    [InlineData("/a//b/")]
    [InlineData("https://evil.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/../")]
    [InlineData("/a/./b/")]
    [InlineData("/%2e%2e/")]
    [InlineData("/a b/")]
    [InlineData("/a\n/")]
    [InlineData("/a\t/")]
    [InlineData("/a?b/")]
    [InlineData("/a#b/")]
    [InlineData("/ünï/")]
    public void Anything_else_is_refused_with_a_reason(string path) =>
        Assert.NotNull(SiteConfig.BasePathProblem(path));
}
