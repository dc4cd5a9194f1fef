using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Model;

public sealed class EntityTests
{
    private static Entity Rux(TestSite site) =>
        ContentLoader.Load(site.InputDir, new DiagnosticBag()).Entities.Single(e => e.Id == "rux");

    [Fact]
    public void Two_loads_of_one_file_are_two_versions_of_one_entity()
    {
        using var site = TestSite.Minimal();
        var first = Rux(site);
        site.With("drugs/rux.md", "---\ntitle: Ruxolitinib\nsummary: An edited drug.\ntargets: [jak2]\n---\nInhibits [[jak2]].\n");
        var second = Rux(site);

        Assert.NotEqual(first, second);
        Assert.Equal(first.Key, second.Key);
        Assert.NotEqual(first.SourceHash, second.SourceHash);
    }

    [Fact]
    public void A_copy_made_with_with_keeps_where_each_field_was_written()
    {
        using var site = TestSite.Minimal().With("sources/doc.md",
            "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\nurl: https://example.org/\n---\nAbout [[jak2]].\n");
        var doc = ContentLoader.Load(site.InputDir, new DiagnosticBag()).Entities.Single(e => e.Id == "doc");

        var copy = doc with { Title = "Retitled" };

        Assert.Equal(new SourceSpan(doc.InputPath, 7, 6), copy.Fields.Of("url", doc.Where));
    }
}
