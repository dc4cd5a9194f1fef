using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Content;

/// <summary>
/// The pages for the molecules, pathways and virus both documents name (issue 14, item 10), added through
/// input/schema.yml and content files alone: each exists with its type, its identifiers say whether they were
/// checked, each relation the documents state is on both pages, and each rests on a document's words or a named
/// outside reference.
/// </summary>
public class MoleculePagesTests
{
    private static readonly Lazy<SiteGraph> Graph = new(() => SiteGraph.Link(ContentLoader.Load(RepoPaths.Input, new DiagnosticBag())));

    private static SiteGraph G => Graph.Value;

    /// <summary>The source documents as kept in docs/sources/, whitespace folded, for checking locators' quotes.</summary>
    private static readonly Lazy<Dictionary<string, string>> Seeds = new(() => new Dictionary<string, string>
    {
        ["wang-2025"] = Seed("wang-2025.txt"),
        ["luo-2020"] = Seed("luo-2020-pubmed.txt"),
    });

    private static string Seed(string file) =>
        Regex.Replace(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "sources", file)), @"\s+", " ");

    public static TheoryData<string, string> Pages => new()
    {
        { "stat3", "protein" }, { "stat-family", "protein" }, { "socs-proteins", "protein" },
        { "il6st", "protein" }, { "il6r", "protein" }, { "ace2", "protein" }, { "pd-1", "protein" },
        { "jak-stat-signalling", "pathway" }, { "pi3k-akt-signalling", "pathway" }, { "mapk-signalling", "pathway" },
        { "sars-cov-2", "virus" },
    };

    /// <summary>The relations the documents state (issue 14, item 10), as (from, field, to).</summary>
    public static TheoryData<string, string, string> StatedRelations => new()
    {
        { "stattic", "targets", "stat3" },
        { "nivolumab", "targets", "pd-1" },
        { "pembrolizumab", "targets", "pd-1" },
        { "il6r", "receptor_for", "il-6" },
        { "il6st", "receptor_for", "il-6" },
        { "il6st", "signals_via", "jak1" },
        { "il6st", "signals_via", "jak2" },
        { "stat3", "phosphorylated_by", "jak1" },
        { "stat3", "phosphorylated_by", "jak2" },
        { "sars-cov-2", "enters_cells_via", "ace2" },
        { "baricitinib", "proposed_for", "covid-19-cytokine-release-syndrome" },
        { "sorafenib", "indicated_for", "hepatocellular-carcinoma" },
        { "lenvatinib", "indicated_for", "hepatocellular-carcinoma" },
        { "jak-pi3k-cotargeting-preclinical", "co_targets", "pi3k-akt-signalling" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_molecule_page_exists_with_its_type_a_title_and_a_summary(string id, string type)
    {
        var e = G.Entity(id);
        Assert.NotNull(e);
        Assert.Equal(JakSchema.Type(type), e.Type);
        Assert.False(string.IsNullOrWhiteSpace(e.Title));
        Assert.False(string.IsNullOrWhiteSpace(e.Summary));
    }

    [Fact]
    public void The_new_types_are_declared_in_the_schema_with_their_schema_org_mapping()
    {
        Assert.Equal(("Protein", "https://bioschemas.org/profiles/Protein/0.11-RELEASE"), (JakSchema.Type("protein").SchemaOrgType, JakSchema.Type("protein").BioschemasProfile));
        Assert.Equal("Taxon", JakSchema.Type("virus").SchemaOrgType);
        Assert.NotNull(JakSchema.Type("pathway").SchemaOrgType);
        Assert.Equal("https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=2697049", JakSchema.Schema.Identifiers["ncbi-taxonomy"].Url("2697049"));
        // Drugs target proteins through the one targets relation, not a parallel one.
        Assert.Single(JakSchema.Schema.Relations, r => r.Field == "targets");
        Assert.Contains(JakSchema.Type("protein"), JakSchema.Schema.Relations.Single(r => r.Field == "targets").To);
    }

    [Theory]
    [InlineData("stat3", "uniprot", "P40763")]
    [InlineData("stat3", "hgnc", "HGNC:11364")]
    [InlineData("stat3", "ncbi-gene", "6774")]
    [InlineData("ace2", "uniprot", "Q9BYF1")]
    [InlineData("ace2", "hgnc", "HGNC:13557")]
    [InlineData("ace2", "ncbi-gene", "59272")]
    [InlineData("pd-1", "uniprot", "Q15116")]
    [InlineData("pd-1", "hgnc", "HGNC:8760")]
    [InlineData("pd-1", "ncbi-gene", "5133")]
    [InlineData("il6st", "uniprot", "P40189")]
    [InlineData("il6st", "hgnc", "HGNC:6021")]
    [InlineData("il6st", "ncbi-gene", "3572")]
    [InlineData("il6r", "uniprot", "P08887")]
    [InlineData("il6r", "hgnc", "HGNC:6019")]
    [InlineData("il6r", "ncbi-gene", "3570")]
    [InlineData("sars-cov-2", "ncbi-taxonomy", "2697049")]
    public void Each_identifier_has_its_value_a_source_and_a_checked_status(string id, string scheme, string value)
    {
        var identifier = Assert.Single(G.Entity(id)!.Identifiers, i => i.Scheme == scheme);
        Assert.Equal(value, identifier.Value);
        Assert.False(string.IsNullOrWhiteSpace(identifier.Source));
        Assert.NotNull(identifier.Checked);
    }

    [Fact]
    public void Every_identifier_of_a_molecule_page_says_whether_it_was_checked()
    {
        var ids = Pages.Select(row => (string)row[0]).ToList();
        foreach (var e in ids.Select(id => G.Entity(id)!))
            Assert.All(e.Identifiers, i => Assert.True(i.Checked is not null, $"{e.Id} {i.Scheme} has no checked status"));
        // Gene-level proteins carry all three gene and protein identifiers; the virus its taxonomy id.
        foreach (var id in new[] { "stat3", "ace2", "pd-1", "il6st", "il6r" })
            Assert.Equal(["hgnc", "ncbi-gene", "uniprot"], G.Entity(id)!.Identifiers.Select(i => i.Scheme).Order());
    }

    [Theory]
    [MemberData(nameof(StatedRelations))]
    public void Each_stated_relation_is_shown_on_both_of_its_pages(string from, string field, string to)
    {
        var source = G.Entity(from)!;
        var target = G.Entity(to)!;
        Assert.Contains(source.Relations, r => r.Kind.Field == field && r.TargetId == to);
        Assert.Contains(G.BacklinksTo(target), b => b.Kind.Field == field && b.From.Id == from);
    }

    [Theory]
    [MemberData(nameof(StatedRelations))]
    public void Each_stated_relation_names_a_document_locator_or_an_outside_reference(string from, string field, string to)
    {
        var link = G.Entity(from)!.Relations.Single(r => r.Kind.Field == field && r.TargetId == to);
        var provenance = link.Provenance;
        var documented = provenance is { SourceId.Length: > 0, Locator.Length: > 0 } && G.Entity(provenance.SourceId)?.Type.IsProvenance == true;
        var outsideReference = provenance is not null && provenance.Cites.Any(key => G.Content.Bibliography.Single(r => r.Key == key).IsOutside);
        var outsideSource = link.Qualifiers.TryGetValue("outside_source", out var named) && !string.IsNullOrWhiteSpace(named);
        Assert.True(documented || outsideReference || outsideSource, $"{from} {field} {to} names neither a document's locator nor an outside source");
    }

    [Fact]
    public void Every_relation_declared_on_a_molecule_page_rests_on_a_document_or_an_outside_reference()
    {
        var ids = Pages.Select(row => (string)row[0]).ToHashSet();
        var links = G.Content.Entities.SelectMany(e => e.Relations.Select(r => (e, r)))
            .Where(x => ids.Contains(x.e.Id) || ids.Contains(x.r.TargetId)).ToList();
        Assert.NotEmpty(links);
        foreach (var (e, r) in links)
        {
            var p = r.Provenance;
            var ok = p is { SourceId.Length: > 0, Locator.Length: > 0 }
                || (p is not null && p.Cites.Any(key => G.Content.Bibliography.Single(b => b.Key == key).IsOutside))
                || r.Qualifiers.ContainsKey("outside_source");
            Assert.True(ok, $"{e.Id} {r.Kind.Field} {r.TargetId}");
        }
    }

    [Fact]
    public void A_locator_that_quotes_its_document_quotes_it_verbatim()
    {
        var quoted = G.Content.Entities.SelectMany(e => e.Relations)
            .Where(r => r.Provenance is { SourceId.Length: > 0 })
            .SelectMany(r => Regex.Matches(r.Provenance!.Locator, "\"([^\"]+)\"").Select(m => (r.Provenance!.SourceId, Quote: m.Groups[1].Value)))
            .Where(x => Seeds.Value.ContainsKey(x.SourceId)).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, x => Assert.Contains(x.Quote, Seeds.Value[x.SourceId], StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_that_no_document_names_says_so_and_rests_on_an_outside_reference()
    {
        // Neither document prints "IL-6R" or "IL6R": the receptor chain's page and relation must not pretend they do.
        Assert.All(Seeds.Value.Values, text => Assert.DoesNotContain("IL-6R", text, StringComparison.Ordinal));
        var il6r = G.Entity("il6r")!;
        var link = Assert.Single(il6r.Relations);
        Assert.Equal("", link.Provenance!.SourceId);
        Assert.Contains(link.Provenance.Cites, key => G.Content.Bibliography.Single(r => r.Key == key).IsOutside);
        Assert.Contains("Neither source document names", il6r.Body, StringComparison.Ordinal);
    }
}
