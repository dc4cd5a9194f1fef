using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Content;

/// <summary>The real knowledge base as structured data: facts, tables, provenance, references and notes.</summary>
public class KnowledgeBaseTests
{
    private static readonly Lazy<SiteGraph> Graph = new(() => SiteGraph.Link(ContentLoader.Load(RepoPaths.Input, new DiagnosticBag())));

    private static readonly Lazy<Dictionary<string, string>> Seeds = new(() => new Dictionary<string, string>
    {
        ["wang-2025"] = Seed("wang-2025.txt"),
        ["luo-2020"] = Seed("luo-2020-pubmed.txt"),
    });

    private static SiteGraph G => Graph.Value;

    /// <summary>The source documents, kept in the repository under docs/sources/, whitespace folded.</summary>
    private static string Seed(string file) =>
        Regex.Replace(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "sources", file)), @"\s+", " ");

    public static TheoryData<string> Sources => ["wang-2025", "luo-2020"];

    [Fact]
    public void Every_type_of_entity_is_present()
    {
        Assert.Equal(["jak1", "jak2", "jak3", "tyk2"], G.ByType[JakSchema.Kinase].Select(e => e.Id).Order());
        foreach (var drug in new[] { "ruxolitinib", "tofacitinib", "fedratinib", "baricitinib", "nivolumab", "pembrolizumab", "sorafenib", "lenvatinib", "stattic" })
            Assert.Equal(JakSchema.Drug, G.Entity(drug)?.Type);
        foreach (var cytokine in new[] { "il-6", "ifn-gamma", "il-10", "il-2", "il-7", "il-17", "il-23" })
            Assert.Equal(JakSchema.Cytokine, G.Entity(cytokine)?.Type);
        Assert.NotNull(G.Entity("hepatocellular-carcinoma"));
        Assert.NotNull(G.Entity("covid-19-cytokine-release-syndrome"));
        Assert.True(G.ByType[JakSchema.Trial].Count >= 10);
    }

    [Fact]
    public void Every_fact_names_a_source_document_and_where_in_it()
    {
        foreach (var (entity, fact) in AllFacts())
        {
            Assert.Equal(JakSchema.Source, G.Entity(fact.Provenance.SourceId)?.Type);
            Assert.False(string.IsNullOrWhiteSpace(fact.Provenance.Locator), $"{entity.Id}: {fact.Label}");
        }
    }

    [Fact]
    public void Every_fact_value_is_printed_verbatim_in_its_source_or_carries_a_curation_note()
    {
        var unprinted = AllFacts()
            .Where(x => Seeds.Value.ContainsKey(x.Fact.Provenance.SourceId))
            .Where(x => !Seeds.Value[x.Fact.Provenance.SourceId].Contains(x.Fact.Value, StringComparison.Ordinal) && x.Fact.Provenance.Notes.Count == 0)
            .Select(x => $"{x.Entity.Id}: {x.Fact.Label} = {x.Fact.Value}")
            .ToList();
        Assert.Empty(unprinted);
    }

    [Fact]
    public void Every_number_in_the_hcc_reviews_text_and_tables_is_a_structured_fact_or_table_cell()
    {
        // Percentages, months and p-values: the quantitative statements of the document.
        var seed = Seeds.Value["wang-2025"];
        var stated = Regex.Matches(seed, @"\d+(?:\.\d+)?(?=%| months)|(?<=p[<=])0?\.\d+|(?<=n=)[\d,]+").Select(m => m.Value).ToHashSet();
        var recorded = AllFacts().SelectMany(x => new[] { x.Fact.Value, x.Fact.Comparator, x.Fact.N, x.Fact.P, x.Fact.Timeframe })
            .Concat(G.Entity("wang-2025")!.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells))
            .OfType<string>().ToList();

        var missing = stated.Where(number => !recorded.Any(r => r.Contains(number, StringComparison.Ordinal))).Order().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void All_three_tables_of_the_hcc_review_are_reproduced_row_by_row()
    {
        var tables = G.Entity("wang-2025")!.Tables;
        Assert.Equal([4, 3, 4], tables.Select(t => t.Rows.Count));
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            Assert.NotEmpty(row.Concerns);
            foreach (var id in row.Concerns)
                Assert.Contains(G.RowsConcerning(G.Entity(id)!), p => p.Row == row);
        }
    }

    [Fact]
    public void Every_table_cell_is_as_printed_unless_a_correction_says_what_was_printed()
    {
        var seed = Seeds.Value["wang-2025"];
        foreach (var row in G.Entity("wang-2025")!.Tables.SelectMany(t => t.Rows))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var correction = row.Corrections.FirstOrDefault(c => c.Column == i + 1);
                var printed = correction?.Printed ?? row.Cells[i];
                Assert.True(seed.Contains(printed, StringComparison.Ordinal), $"'{printed}' is not in the source");
                if (correction is not null) Assert.True(G.Notes.ContainsKey(correction.NoteId));
            }
        }
    }

    [Fact]
    public void The_frequency_the_spreadsheet_turned_into_a_date_is_shown_corrected_with_its_note()
    {
        var row = G.Entity("wang-2025")!.Tables[0].Rows.Single(r => r.Cells[0] == "JAK2 V617F Mutation");
        Assert.Equal("2-3", row.Cells[1]);
        var correction = Assert.Single(row.Corrections);
        Assert.Equal(("3-Feb", 2), (correction.Printed, correction.Column));
        Assert.Contains("date", G.Notes[correction.NoteId].Text);
    }

    [Fact]
    public void The_reference_listed_twice_is_one_entry_cited_under_both_numbers()
    {
        var twice = G.Content.Bibliography.Single(r => r.CitedBy.Count(c => c.SourceId == "wang-2025") == 2);
        Assert.Equal([2, 20], twice.CitedBy.Select(c => c.Number).Order());
        Assert.NotEmpty(twice.Notes);
    }

    [Fact]
    public void Every_numbered_reference_of_both_documents_is_in_the_bibliography()
    {
        var numbers = G.Content.Bibliography.SelectMany(r => r.CitedBy).ToLookup(c => c.SourceId, c => c.Number);
        Assert.Equal(Enumerable.Range(1, 22), numbers["wang-2025"].Order());
        Assert.Equal(Enumerable.Range(1, 5), numbers["luo-2020"].Order());
    }

    [Fact]
    public void Every_reference_has_a_verification_status_and_says_how_it_was_checked()
    {
        foreach (var r in G.Content.Bibliography)
        {
            Assert.Contains(r.Status, Reference.Statuses);
            Assert.False(string.IsNullOrWhiteSpace(r.StatusNote), r.Key);
        }
        Assert.Contains(G.Content.Bibliography, r => r.Status == "not-found");
        Assert.Contains(G.Content.Bibliography, r => r.Status == "garbled");
    }

    [Fact]
    public void A_cytokine_that_does_not_signal_through_jaks_is_not_linked_to_any()
    {
        var il17 = G.Entity("il-17")!;
        Assert.False(il17.Attributes.FlagOf("jak_dependent"));
        Assert.DoesNotContain(il17.Relations, r => r.Kind.Field == "signals_via");
        foreach (var cytokine in G.ByType[JakSchema.Cytokine].Where(c => c.Attributes.FlagOf("jak_dependent") == true && c.Id != "interferons"))
            Assert.Contains(cytokine.Relations, r => r.Kind.Field == "signals_via");
    }

    [Fact]
    public void Every_entity_has_a_fact_or_a_relation_and_no_page_is_orphaned()
    {
        foreach (var e in G.Content.Entities)
        {
            var connected = e.Facts.Count + e.Relations.Count + G.BacklinksTo(e).Count + G.FactsConcerning(e).Count + G.RowsConcerning(e).Count + G.FactsFromSource(e).Count;
            Assert.True(connected > 0, e.Id);
        }
        Assert.Empty(G.Orphans());
    }

    [Fact]
    public void Every_curation_note_is_attached_where_it_matters()
    {
        foreach (var note in G.Content.CurationNotes)
        {
            var attached = G.PagesWithNote(note.Id).Count > 0 || G.Content.Bibliography.Any(r => r.Notes.Contains(note.Id));
            Assert.True(attached, note.Id);
        }
    }

    [Fact]
    public void Identifiers_from_outside_the_documents_name_where_they_were_checked()
    {
        foreach (var e in G.Content.Entities)
        {
            foreach (var id in e.Identifiers) Assert.False(string.IsNullOrWhiteSpace(id.Source), $"{e.Id} {id.Scheme}");
            foreach (var p in e.Properties) Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{e.Id} {p.Label}");
        }
        Assert.Equal("O60674", G.Entity("jak2")!.Identifiers.Single(i => i.Scheme == "uniprot").Value);
    }

    [Fact]
    public void The_outside_references_are_marked_so_and_cited_by_no_document()
    {
        var outside = G.Content.Bibliography.Where(r => r.IsOutside).ToList();
        Assert.Equal(["gaffen2009", "oshea2013", "xeljanz-label"], outside.Select(r => r.Key).Order());
        Assert.All(outside, r => Assert.Empty(r.CitedBy));
        Assert.All(G.Content.Bibliography.Where(r => !r.IsOutside), r => Assert.NotEmpty(r.CitedBy));
    }

    [Fact]
    public void A_property_cites_the_reference_its_source_text_names_and_no_other()
    {
        foreach (var (e, p) in G.Content.Entities.SelectMany(e => e.Properties.Select(p => (e, p))))
        {
            var named = G.Content.Bibliography.Select(r => r.Key).Where(key => Regex.IsMatch(p.Source, $@"\b{Regex.Escape(key)}\b")).ToList();
            Assert.True(named.Order().SequenceEqual(p.Cites.Order()), $"{e.Id} {p.Label}: names [{string.Join(", ", named)}], cites [{string.Join(", ", p.Cites)}]");
        }
        Assert.Equal(["gaffen2009"], G.Entity("il-17")!.Properties[0].Cites);
    }

    [Fact]
    public void Identifiers_and_properties_recorded_without_a_lookup_are_marked_unchecked()
    {
        var items = G.Content.Entities.SelectMany(e => e.Identifiers.Select(i => (What: $"{e.Id} {i.Scheme}", i.Source, i.Checked))
            .Concat(e.Properties.Select(p => (What: $"{e.Id} {p.Label}", p.Source, p.Checked)))).ToList();
        foreach (var (what, source, state) in items)
        {
            var unlooked = Regex.IsMatch(source, @"no live (database |registry )?lookup");
            Assert.True(unlooked == (state is { WasChecked: false }), $"{what}: '{source}' but checked is {state?.Date ?? (state is null ? "absent" : "no")}");
        }
        // No identifier was looked up in a live database when the content was curated.
        Assert.All(G.Content.Entities.SelectMany(e => e.Identifiers), i => Assert.False(i.Checked!.WasChecked));
    }

    [Fact]
    public void A_printed_reference_number_is_the_one_the_document_prints_before_that_entry()
    {
        foreach (var r in G.Content.Bibliography)
        {
            foreach (var c in r.CitedBy.Where(c => c.PrintedNumber is not null))
            {
                var author = r.Authors.Split(' ')[0];
                Assert.Contains($"{c.PrintedNumber}. {author}", Seeds.Value[c.SourceId], StringComparison.Ordinal);
            }
        }
        // Luo's record prints "1." before every entry; Wang's list numbers only entries 11 to 22.
        var luo = G.Content.Bibliography.SelectMany(r => r.CitedBy).Where(c => c.SourceId == "luo-2020").ToList();
        Assert.All(luo, c => Assert.Equal("1", c.PrintedNumber));
        var wang = G.Content.Bibliography.SelectMany(r => r.CitedBy).Where(c => c.SourceId == "wang-2025").ToList();
        Assert.All(wang, c => Assert.Equal(c.Number >= 11 ? c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, c.PrintedNumber));
    }

    [Fact]
    public void Qualitative_facts_are_words_printed_by_their_source()
    {
        var qualitative = AllFacts().Where(x => x.Fact.Kind == FactKind.Qualitative).ToList();
        Assert.Equal(9, qualitative.Count);
        Assert.All(qualitative, x => Assert.Contains(x.Fact.Value, Seeds.Value[x.Fact.Provenance.SourceId], StringComparison.Ordinal));
        Assert.All(qualitative, x => Assert.Null(x.Fact.Unit));
        // Table 1's "Positive" correlations are all quoted.
        Assert.All(AllFacts().Where(x => x.Fact.Value == "Positive"), x => Assert.Equal(FactKind.Qualitative, x.Fact.Kind));
    }

    [Fact]
    public void Each_of_wangs_tables_carries_the_note_that_it_cites_nothing()
    {
        var tables = G.Entity("wang-2025")!.Tables;
        Assert.Equal(3, tables.Count);
        Assert.All(tables, t => Assert.Contains("wang-tables-uncited", t.Notes));
    }

    private static IEnumerable<(Entity Entity, Fact Fact)> AllFacts() =>
        G.Content.Entities.SelectMany(e => e.Facts.Select(f => (e, f)));
}
