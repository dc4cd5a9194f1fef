using JakKb.Diagnostics;
using JakKb.Tests.Support;

namespace JakKb.Tests.Loading;

/// <summary>
/// Every file under the input is read, refused or reported as skipped; none is passed over in silence. The
/// corpus cases active-file, skipped-file and unsafe-file-name hold the committed examples; these need files a
/// Windows checkout could not hold, or a site.yml setting.
/// </summary>
public class InputInventoryTests
{
    [Theory]
    [InlineData("assets/aux.css")]
    [InlineData("assets/img/com7.png")]
    [InlineData("assets/lpt9.tar.gz")]
    [InlineData("assets/NUL.txt")]
    public void An_asset_named_like_a_windows_device_is_refused_whatever_its_extension(string path)
    {
        using var site = TestSite.Minimal().With(path, "x");
        var result = site.Build(write: false);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeFileName && d.Where.Path.EndsWith(path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kinases/jak9\n.md")]
    [InlineData("kinases/jak9\u0007.md")]
    [InlineData("assets/x\r.css")]
    [InlineData("data/\u001b[2Jclear.yml")]
    public void A_control_character_anywhere_in_a_path_is_an_error_printed_on_one_line(string path)
    {
        using var site = TestSite.Minimal().With(path, "---\ntitle: X\nsummary: S.\n---\n");
        var result = site.Build(write: false);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeFileName);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain('\n', d.ToString());
        Assert.DoesNotContain('\r', d.ToString());
        Assert.DoesNotContain('\u001b', d.ToString());
    }

    [Fact]
    public void Active_assets_are_published_once_site_yml_allows_them()
    {
        using var site = TestSite.Minimal()
            .With("site.yml", "title: Test KB\nallow_active_assets: true\n")
            .With("assets/widget.js", "console.log(1);\n")
            .With("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ActiveFile);
        Assert.Equal("console.log(1);\n", site.Read("assets/widget.js"));
    }

    [Fact]
    public void Without_the_setting_they_fail_the_build_and_the_old_output_stays()
    {
        using var site = TestSite.Minimal();
        Assert.True(site.Build().Succeeded);
        site.With("assets/widget.js", "console.log(1);\n");

        var result = site.Build();

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ActiveFile, Severity.Error), (d.Code, d.Severity));
        Assert.Contains("allow_active_assets: true", d.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "assets", "widget.js")));
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.XHTML")]
    [InlineData("feed.xml")]
    [InlineData("transform.xslt")]
    [InlineData("module.mjs")]
    [InlineData("icon.svgz")]
    public void Each_kind_of_active_file_is_refused(string name)
    {
        using var site = TestSite.Minimal().With("assets/" + name, "x");
        Assert.Contains(site.Build(write: false).Diagnostics, d => d.Code == DiagnosticCodes.ActiveFile);
    }

    [Fact]
    public void A_gitkeep_and_the_site_file_are_not_reported()
    {
        using var site = TestSite.Minimal().With("conditions/.gitkeep", "").With("data/.gitkeep", "");
        Assert.Empty(site.Build(write: false).Diagnostics);
    }
}
