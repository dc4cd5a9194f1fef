using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Tests.Support;

namespace JakKb.Tests.Linking;

public class SiteGraphTests
{
    private static SiteGraph Graph(TestSite site) => SiteGraph.Link(ContentLoader.Load(site.InputDir, new DiagnosticBag()));

    [Fact]
    public void A_relation_declared_on_one_side_is_a_backlink_on_the_other()
    {
        using var site = TestSite.Minimal();
        var graph = Graph(site);

        var backlink = Assert.Single(graph.BacklinksTo(graph.Entity("jak2")!));
        Assert.Equal(("targets", "rux"), (backlink.Kind.Field, backlink.From.Id));
        Assert.Equal("Targeted by", backlink.Kind.BacklinkLabel);
    }

    [Fact]
    public void A_fact_is_shown_on_every_entity_it_concerns()
    {
        using var site = TestSite.Minimal()
            .With("conditions/hcc.md", "---\ntitle: HCC\nsummary: S.\n---\n")
            .With("trials/t1.md", "---\ntitle: T\nsummary: S.\ndesign: d\npopulation: p\nfacts:\n  - label: ORR\n    value: \"11.1\"\n    source: doc\n    locator: Table 3\n    concerns: [hcc, rux]\n---\n");
        var graph = Graph(site);

        Assert.Equal("t1", Assert.Single(graph.FactsConcerning(graph.Entity("hcc")!)).Owner.Id);
        Assert.Single(graph.FactsConcerning(graph.Entity("rux")!));
        Assert.Single(graph.FactsFromSource(graph.Entity("doc")!), p => p.Owner.Id == "t1");
    }

    [Fact]
    public void The_reference_index_knows_every_page_that_cites_a_reference()
    {
        using var site = TestSite.Minimal();
        var graph = Graph(site);
        Assert.Equal(["jak2"], graph.PagesCiting("kim2013").Select(e => e.Id));
    }

    [Fact]
    public void An_entity_nothing_links_to_is_an_orphan()
    {
        using var site = TestSite.Minimal().With("cytokines/il-6.md", "---\ntitle: IL-6\nsummary: S.\njak_dependent: true\n---\n");
        Assert.Equal(["il-6"], Graph(site).Orphans().Select(e => e.Id));
    }

    [Fact]
    public void Glossary_terms_in_prose_are_tracked_per_page()
    {
        using var site = TestSite.Minimal();
        var graph = Graph(site);
        Assert.Equal(["jak2"], graph.PagesUsingTerm(graph.Content.Glossary[0]).Select(e => e.Id));
    }
}
