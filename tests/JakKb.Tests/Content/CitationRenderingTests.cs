using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Building;
using JakKb.Tests.Support;

namespace JakKb.Tests.Content;

/// <summary>
/// The built site shows citations as the documents print them (issue 14, items 2 to 5): a marker on a source's page
/// lands on the entry the source printed under that number, an inferred citation never looks printed, a subgroup's
/// value never reads as the whole study's, and the page carries no repeated or empty furniture.
/// </summary>
public class CitationRenderingTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static readonly Lazy<Reference[]> Bibliography = new(() =>
        [.. ContentLoader.Load(RepoPaths.Input, new DiagnosticBag()).Bibliography]);

    /// <summary>Wang's reference list as docs/sources/ prints it: entries 1-10 as bullets, 11-22 numbered.</summary>
    private static List<string> WangsPrintedList()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "sources", "wang-2025.txt"));
        var list = text[(text.LastIndexOf("\nReferences", StringComparison.Ordinal) + 1)..];
        return [.. Regex.Matches(list, @"^(?:- |\d+\. )(.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value)];
    }

    private static string Surname(Reference r) => r.Authors.Split(' ', ',')[0];

    [Fact]
    public void The_bibliography_numbers_wangs_entries_as_the_printed_list_does()
    {
        var printed = WangsPrintedList();
        Assert.Equal(22, printed.Count);
        foreach (var r in Bibliography.Value)
            foreach (var c in r.CitedBy.Where(c => c.SourceId == "wang-2025"))
            {
                Assert.StartsWith(Surname(r), printed[c.Number - 1]);
                if (c.PrintedNumber is { } n) Assert.Equal(c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
            }
    }

    [Fact]
    public void Every_citation_marker_on_wangs_page_lands_on_the_reference_wang_printed_under_that_number()
    {
        var page = site.Page("sources/wang-2025/index.html");
        var printed = WangsPrintedList();
        var markers = page.QuerySelectorAll(".cite a").ToList();
        Assert.NotEmpty(markers);
        foreach (var a in markers)
        {
            var number = int.Parse(a.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            var entry = page.GetElementById(a.GetAttribute("href")![1..]);
            Assert.NotNull(entry);
            Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.GetAttribute("value"));
            var key = Bibliography.Value.Single(r => r.CitedBy.Any(c => c.SourceId == "wang-2025" && c.Number == number));
            Assert.StartsWith(Surname(key), printed[number - 1]);
            Assert.StartsWith(key.Authors, entry.TextContent);
        }
    }

    [Theory]
    [InlineData("IL-17", 20)]
    [InlineData("L859P", 21)]
    [InlineData("68.4%", 22)]
    [InlineData("frequently dysregulated in HCC", 2)]
    public void The_sentences_the_audit_named_show_wangs_own_numbers(string words, int number)
    {
        var item = site.Page("sources/wang-2025/index.html").QuerySelectorAll("main p, main li")
            .First(e => e.TextContent.Contains(words, StringComparison.Ordinal) && e.QuerySelector(".cite") is not null);
        Assert.Contains($"[{number}]", item.QuerySelectorAll(".cite").Select(c => c.TextContent));
    }

    [Fact]
    public void Wangs_reference_list_keeps_its_numbering_with_the_duplicate_entry_and_one_heading()
    {
        var page = site.Page("sources/wang-2025/index.html");
        var items = page.QuerySelectorAll("section.references li").ToList();
        Assert.Equal(Enumerable.Range(1, 22).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), items.Select(li => li.GetAttribute("value")));
        Assert.Equal(items[1].TextContent, items[19].TextContent);
        Assert.Single(page.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "References");
    }

    [Fact]
    public void No_row_of_a_table_that_cites_nothing_shows_a_printed_citation()
    {
        foreach (var path in new[] { "sources/wang-2025/index.html", "kinases/jak1/index.html", "kinases/jak2/index.html", "kinases/jak3/index.html", "trials/ruxolitinib-nivolumab-hcc/index.html" })
        {
            var page = site.Page(path);
            var rowCites = page.QuerySelectorAll("section.source-tables td .cite, .table-rows td .cite, td .cite").Where(c => c.Closest("table")?.QuerySelector("caption")?.TextContent.StartsWith("Table", StringComparison.Ordinal) == true).ToList();
            Assert.All(rowCites, c => Assert.True(c.ClassList.Contains("cite-inferred") && c.TextContent.Contains("inferred", StringComparison.Ordinal), $"{path}: {c.OuterHtml}"));
        }
        var jak3 = site.Page("kinases/jak3/index.html").QuerySelectorAll("tr").First(r => r.TextContent.Contains("Tofacitinib", StringComparison.Ordinal) && r.TextContent.Contains("3.9", StringComparison.Ordinal));
        Assert.Contains("inferred", jak3.QuerySelector(".cite")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sources/luo-2020/index.html")]
    [InlineData("conditions/covid-19/index.html")]
    [InlineData("conditions/covid-19-cytokine-release-syndrome/index.html")]
    public void Citations_attached_to_luos_unmarked_abstract_say_they_are_inferred(string path)
    {
        // The PubMed record's abstract prints no citation markers: Mehta and Liu are matched to it by the curators.
        var page = site.Page(path);
        var cites = page.QuerySelectorAll(".cite").Where(c => c.QuerySelectorAll("a").Select(a => page.GetElementById(a.GetAttribute("href")![1..])?.TextContent ?? "")
            .Count(entry => entry.StartsWith("Mehta P", StringComparison.Ordinal) || entry.StartsWith("Liu Y", StringComparison.Ordinal)) == 2).ToList();
        Assert.NotEmpty(cites);
        foreach (var cite in cites)
        {
            Assert.True(cite.ClassList.Contains("cite-inferred"), cite.OuterHtml);
            Assert.All(cite.QuerySelectorAll("a"), a => Assert.Contains("inferred", a.GetAttribute("aria-label"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_subgroups_value_on_the_trials_index_names_its_subgroup()
    {
        var index = site.Page("trials/index.html").QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith("All ", StringComparison.Ordinal) == true);
        var rows = index.QuerySelectorAll("tbody tr").ToList();
        foreach (var (trial, value) in new[] { ("sorafenib", "7.3%"), ("sorafenib", "2.5 months"), ("lenvatinib", "8.1%") })
        {
            var row = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href")!.Contains(trial, StringComparison.Ordinal));
            var cell = row.QuerySelectorAll("td").Single(td => td.TextContent.StartsWith(value, StringComparison.Ordinal));
            Assert.Contains("subgroup", cell.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_orr_chart_names_the_subgroup_of_each_subgroup_bar()
    {
        var labels = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(h => h.Contains("Objective response rate (ORR) by trial", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, h =>
        {
            Assert.Contains("high JAK2", h, StringComparison.Ordinal);
            Assert.Contains("JAK1 overexpression", h, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_fact_table_has_a_column_empty_in_every_row()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories))
        {
            var page = site.Page(Path.GetRelativePath(site.Output, file));
            foreach (var table in page.QuerySelectorAll("section.facts table"))
            {
                var rows = table.QuerySelectorAll("tbody tr").ToList();
                var columns = table.QuerySelectorAll("thead th").Length;
                for (var i = 0; i < columns; i++)
                    Assert.True(rows.Any(r => r.Children.Length > i && r.Children[i].TextContent.Trim().Length > 0), $"{file}: column {i + 1} is empty");
            }
        }
    }

    [Fact]
    public void Every_note_mark_names_its_note_and_no_link_repeats_its_n()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain(">⚠ curation note<", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\(n=([\d,]+)\)</a>\s*,\s*n=\1", html);
        }
    }

    [Fact]
    public void A_verified_reference_that_does_not_support_its_claim_says_so_beside_the_badge()
    {
        var page = site.Page("sources/wang-2025/index.html");
        foreach (var r in Bibliography.Value.Where(r => !r.SupportsClaim))
        {
            Assert.Equal("verified", r.Status);
            foreach (var c in r.CitedBy.Where(c => c.SourceId == "wang-2025"))
            {
                var entry = page.GetElementById($"ref-{c.Number}")!;
                Assert.Contains("does not support the claim", entry.QuerySelector(".unsupported")?.TextContent, StringComparison.Ordinal);
            }
        }
        Assert.Contains(Bibliography.Value, r => r.Key == "james2005" && !r.SupportsClaim);
    }
}
