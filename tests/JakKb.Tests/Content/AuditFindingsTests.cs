using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Markdown;
using JakKb.Model;
using JakKb.Tests.Support;
using JakKb.Validation;
using Markdig.Syntax;
using SourceSpan = JakKb.Diagnostics.SourceSpan;

namespace JakKb.Tests.Content;

/// <summary>
/// The defects a curator's audit found (issue 14, items 1 and 6-9), each pinned so that it cannot come back:
/// broken notes, drifted claims, tofacitinib's pharmacology, wrong notes and identifiers.
/// </summary>
public class AuditFindingsTests
{
    private static readonly Lazy<SiteGraph> Graph = new(() => SiteGraph.Link(ContentLoader.Load(RepoPaths.Input, new DiagnosticBag())));

    private static SiteGraph G => Graph.Value;

    private static Entity E(string id) => G.Entity(id) ?? throw new InvalidOperationException($"No entity '{id}'.");

    private static CurationNote Note(string id) => G.Content.CurationNotes.Single(n => n.Id == id);

    private static Reference Ref(string key) => G.Content.Bibliography.Single(r => r.Key == key);

    // ------------------------------------------------------------------ item 1

    [Fact]
    public void No_curation_note_or_page_body_renders_raw_table_or_list_syntax()
    {
        var diagnostics = new DiagnosticBag();
        foreach (var note in G.Content.CurationNotes)
            UnrenderedMarkdownCheck.Check(Markdig.Markdown.Parse(note.Text, MarkdownPipelines.Parsing),
                (_, _) => new SourceSpan($"note {note.Id}", 1, 1), diagnostics);
        foreach (var entity in G.Content.Entities)
            UnrenderedMarkdownCheck.Check(entity.BodyAst, (line, column) => new SourceSpan(entity.InputPath, line + 1, column + 1), diagnostics);
        Assert.Empty(diagnostics.Sorted().Select(d => $"{d.Where.Path}: {d.Message}"));
    }

    [Theory]
    [InlineData("wang-arithmetic-checks")]
    [InlineData("wang-references-not-found")]
    public void The_notes_with_tables_keep_one_row_per_line(string id)
    {
        var table = Markdig.Markdown.Parse(Note(id).Text, MarkdownPipelines.Parsing).Descendants<Markdig.Extensions.Tables.Table>();
        Assert.Single(table);
    }

    [Theory]
    [InlineData("wang-tables-uncited", 2)]
    [InlineData("wang-layout-order", 1)]
    [InlineData("phase-conflict-rux-nivo", 1)]
    public void The_notes_with_lists_render_them_as_lists(string id, int lists) =>
        Assert.Equal(lists, Markdig.Markdown.Parse(Note(id).Text, MarkdownPipelines.Parsing).Descendants<Markdig.Syntax.ListBlock>().Count(l => l.Parent is Markdig.Syntax.MarkdownDocument));

    // ------------------------------------------------------------------ item 6

    [Fact]
    public void Tofacitinibs_targets_are_the_documents_jak1_3_with_a_locator_quoting_it()
    {
        var targets = E("tofacitinib").Relations.Where(r => r.Kind.Field == "targets").ToList();
        Assert.Equal(["jak1", "jak3"], targets.Select(t => t.TargetId).Order());
        Assert.All(targets, t =>
        {
            Assert.Equal("wang-2025", t.Provenance?.SourceId);
            Assert.Contains("\"JAK1/3\"", t.Provenance!.Locator);
        });
    }

    [Fact]
    public void Tofacitinibs_outside_pharmacology_names_an_unchecked_outside_reference()
    {
        var outside = E("tofacitinib").Properties.Single(p => p.Cites.Any(k => Ref(k).IsOutside));
        Assert.Contains("JAK2", outside.Value);
        Assert.Contains("pan-JAK", outside.Value, StringComparison.OrdinalIgnoreCase);
        Assert.False(outside.Checked?.WasChecked ?? true);
        var reference = Ref(Assert.Single(outside.Cites));
        Assert.Equal("unchecked", reference.Status);
        Assert.Empty(reference.CitedBy);
    }

    [Fact]
    public void The_glossary_does_not_present_jak1_3_as_tofacitinibs_pharmacology()
    {
        var definition = G.Content.Glossary.Single(t => t.Term == "JAK inhibitor").Definition;
        Assert.DoesNotContain("tofacitinib (JAK1/3)", definition);
        Assert.Contains("JAK2 activity", definition);
    }

    // ------------------------------------------------------------------ item 7

    [Theory]
    [InlineData("wang-2025", "most studied JAKs")]
    [InlineData("hepatocellular-carcinoma", "reported as more effective")]
    [InlineData("hepatocellular-carcinoma", "commonest form of primary liver cancer")]
    [InlineData("cirrhosis", "end stage of chronic liver injury")]
    [InlineData("covid-19-cytokine-release-syndrome", "overshooting")]
    [InlineData("il-17", "plausibly")]
    [InlineData("il-23", "helps sustain")]
    public void A_drifted_or_unsourced_sentence_is_gone(string id, string words) =>
        Assert.DoesNotContain(words, E(id).Body, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void The_hcc_review_page_quotes_most_extensively_studied_in_hcc() =>
        Assert.Contains("\"with JAK1 and JAK2 being the most extensively\nstudied in HCC\" [@rawlings2004]", E("wang-2025").Body);

    [Theory]
    [InlineData("jak1")]
    [InlineData("jak2")]
    [InlineData("jak3")]
    [InlineData("tyk2")]
    public void A_kinase_is_one_of_four_by_the_reviews_abstract_not_by_rawlings(string id)
    {
        Assert.DoesNotContain("rawlings2004", E(id).Body);
        Assert.Contains("the four members of the JAK\nfamily", E(id).Body);
    }

    [Fact]
    public void Tyk2_is_not_called_a_receptor() =>
        Assert.DoesNotContain("receptors in", E("tyk2").Summary);

    [Fact]
    public void The_il23_note_offers_no_unsourced_mechanism()
    {
        var text = Note("il23-resistance-pathway").Text;
        Assert.DoesNotContain("blocked by", text);
        Assert.DoesNotContain("plausibly", text);
        Assert.Contains("gaffen2009", text);
        Assert.Contains("oshea2013", text);
    }

    // ------------------------------------------------------------------ item 8

    [Fact]
    public void The_v617f_date_note_gives_the_only_reading_of_3_feb()
    {
        var text = Note("table1-v617f-date").Text;
        Assert.DoesNotContain("depending on locale", text);
        Assert.Contains("month first", text);
    }

    [Fact]
    public void The_garbled_oshea_entry_names_no_correct_record() =>
        Assert.Null(Ref("oshea2012").CorrectedBy);

    [Fact]
    public void The_uncited_tables_note_says_the_combination_rows_values_have_no_source()
    {
        var text = Note("wang-tables-uncited").Text;
        Assert.DoesNotContain("since the text gives different end points", text);
        Assert.Contains("[17] is not a source for them", text);
    }

    [Fact]
    public void The_layout_note_says_which_locators_rebuild_a_hierarchy()
    {
        var text = Note("wang-layout-order").Text;
        Assert.Contains("\"Combination therapies\" and \"Resistance mechanisms\" are printed", text);
        Assert.Contains("rebuild a hierarchy the document does not print", text);
    }

    [Fact]
    public void One_rule_marks_both_mismatched_entries_garbled()
    {
        Assert.Equal("garbled", Ref("villanueva2019").Status);
        Assert.Equal("garbled", Ref("liu2020").Status);
    }

    // ------------------------------------------------------------------ item 9

    [Theory]
    [InlineData("kudo2018", "29433850")]
    [InlineData("james2005", "15793561")]
    public void Confirmed_pmids_are_recorded_and_say_they_were_not_checked(string key, string pmid)
    {
        Assert.Equal(pmid, Ref(key).Pmid);
        Assert.Contains("not checked in PubMed", Ref(key).StatusNote);
    }

    [Theory]
    [InlineData("rawlings2004")]
    [InlineData("yu2004")]
    public void Unconfirmed_pmids_are_left_out_and_say_so(string key)
    {
        Assert.Null(Ref(key).Pmid);
        Assert.Contains("No PMID is recorded", Ref(key).StatusNote);
    }

    [Theory]
    [InlineData("nivolumab", "CHEMBL2108738")]
    [InlineData("pembrolizumab", "CHEMBL3137343")]
    public void The_pd1_antibodies_have_unchecked_chembl_ids(string id, string chembl)
    {
        var identifier = E(id).Identifiers.Single(i => i.Scheme == "chembl");
        Assert.Equal(chembl, identifier.Value);
        Assert.False(identifier.Checked?.WasChecked ?? true);
    }

    [Fact]
    public void Stattic_records_no_identifier_it_could_not_confirm_and_points_to_the_note()
    {
        Assert.Empty(E("stattic").Identifiers);
        Assert.Contains("missing-identifiers", E("stattic").Notes);
    }
}
