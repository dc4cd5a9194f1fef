using System.Text;
using JakKb.Building;
using JakKb.Checking;
using JakKb.Diagnostics;
using JakKb.Tests.Support;

namespace JakKb.Tests.Checking;

/// <summary>Every rendered page carries the theme's Content-Security-Policy before anything it governs, or the build fails.</summary>
public class ContentSecurityPolicyCheckerTests
{
    private static IReadOnlyList<Diagnostic> Check(string html)
    {
        var bag = new DiagnosticBag();
        ContentSecurityPolicyChecker.Check("index.html", Encoding.UTF8.GetBytes(html), bag);
        return bag.Sorted();
    }

    private static readonly string Meta = ContentSecurityPolicyChecker.Meta;

    [Fact]
    public void The_theme_writes_exactly_the_policy_the_checker_requires() =>
        Assert.Contains(Meta, File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn")), StringComparison.Ordinal);

    [Fact]
    public void A_page_with_the_policy_first_in_its_head_passes() =>
        Assert.Empty(Check($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n{Meta}\n<title>x</title><script src=\"a.js\"></script></head><body></body></html>"));

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")]
    [InlineData("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src *; script-src 'unsafe-inline'\"></head></html>")]
    [InlineData("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"></head></html>")]
    public void A_page_without_the_policy_or_with_a_looser_one_is_an_error(string html) =>
        Assert.Equal(DiagnosticCodes.MissingContentSecurityPolicy, Assert.Single(Check(html)).Code);

    [Theory]
    [InlineData("<html><head><script>alert(1)</script>{0}</head></html>")]
    [InlineData("<html><head><SCRIPT src=x></SCRIPT>{0}</head></html>")]
    [InlineData("<html><head><link rel=stylesheet href=x>{0}</head></html>")]
    [InlineData("<html><head><!-- {0} --></head></html>")]
    [InlineData("<html><body>{0}</body></html>")]
    public void A_policy_after_markup_it_should_govern_is_an_error(string template) =>
        Assert.Equal(DiagnosticCodes.MissingContentSecurityPolicy, Assert.Single(Check(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Meta))).Code);

    [Fact]
    public void A_plain_build_with_a_layout_that_drops_the_policy_fails_and_keeps_the_old_site()
    {
        using var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);
        var before = site.Read("index.html");
        var baseLayout = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn"));
        site.With("layouts/base.sbn", baseLayout.Replace(Meta, "", StringComparison.Ordinal));

        // CheckLinks off: the plain `jakkb build`, which writes each page as it renders.
        var result = SiteBuilder.Build(new BuildOptions(site.InputDir, site.OutputDir, RepoPaths.Theme, CheckLinks: false));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingContentSecurityPolicy && d.Where.Path == "index.html");
        Assert.Equal(before, site.Read("index.html"));
    }

    [Fact]
    public void An_incremental_build_checks_the_pages_it_renders_again()
    {
        using var site = TestSite.Minimal();
        var options = new BuildOptions(site.InputDir, site.OutputDir, RepoPaths.Theme, CheckLinks: false, Incremental: true);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var baseLayout = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn"));
        site.With("layouts/base.sbn", baseLayout.Replace(Meta, "<meta name=\"x\" content=\"y\">", StringComparison.Ordinal));

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingContentSecurityPolicy);
        Assert.Contains(Meta, site.Read("index.html"), StringComparison.Ordinal);
    }
}
