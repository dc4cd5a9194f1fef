using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Rendering;
using JakKb.Tests.Support;

namespace JakKb.Tests.Diagnostics;

/// <summary>An exception inside a per-file stage is JKB9999 at that file; the other files carry on.</summary>
public class InternalErrorTests
{
    [Fact]
    public void An_exception_is_JKB9999_naming_the_file_on_one_line_and_the_work_gives_nothing()
    {
        var bag = new DiagnosticBag();

        var result = InternalError.Guard<string>("input/kinases/jak2.md", bag, () => throw new FormatException("bad\nerror: forged"));

        Assert.Null(result);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.InternalError, "input/kinases/jak2.md"), (d.Code, d.Where.Path));
        Assert.StartsWith("Internal error while processing input/kinases/jak2.md: FormatException: bad error: forged", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', d.ToString());
    }

    [Fact]
    public void A_page_whose_rendering_throws_is_JKB9999_at_its_input_file_and_the_other_pages_render()
    {
        using var site = TestSite.Minimal();
        var bag = new DiagnosticBag();
        var theme = new Theme(RepoPaths.Theme, site.InputDir);
        var renderer = new SiteRenderer(SiteGraph.Link(ContentLoader.Load(site.InputDir, bag)), TemplateSet.Load(theme, bag), theme);
        var plan = renderer.Plan().Where(f => f.IsPage).Take(2)
            .Append(new PlannedFile("kinases/broken/index.html", true, () => default, _ => throw new FormatException("unforeseen"), InputPath: "input/kinases/broken.md"))
            .ToList();
        var rendered = new List<string>();

        var pages = renderer.Render(plan, f => { lock (rendered) rendered.Add(f.Path); }, bag);

        Assert.Equal(2, pages);
        Assert.Equal(2, rendered.Count);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.InternalError, "input/kinases/broken.md"), (d.Code, d.Where.Path));
    }
}
