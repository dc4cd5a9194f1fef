using System.Text.RegularExpressions;
using CsCheck;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Tests.Support;

namespace JakKb.Tests.Building;

/// <summary>
/// An incremental build is only worth having if nobody can tell it from a full build. Random sequences of the
/// edits contributors make are applied to a copy of the real knowledge base and theme; after each one the output
/// and diagnostics of <c>serve</c> (a session) or of <c>build --incremental</c> (a new process) must equal, byte for
/// byte, those of a full build of the same input.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Input => _folder.Combine("input");

    private string Theme => _folder.Combine("theme");

    private BuildOptions Incremental => new(Input, _folder.Combine("incremental"), Theme, CheckLinks: false, Incremental: true);

    private BuildOptions Full => new(Input, _folder.Combine("full"), Theme, CheckLinks: false);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_unchanged_input_renders_nothing_again()
    {
        CopyRealInput();
        Assert.True(SiteBuilder.Build(Incremental).Succeeded);
        var before = FolderSnapshot.Of(Incremental.OutputDir);

        var again = SiteBuilder.Build(Incremental);

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(before, FolderSnapshot.Of(Incremental.OutputDir));
    }

    [Fact]
    public void A_fact_edit_renders_the_page_and_the_pages_showing_that_fact_only()
    {
        CopyRealInput();
        var first = SiteBuilder.Build(Incremental);
        Edit("drugs/ruxolitinib.md", text => text.Replace("Oral JAK1/JAK2 inhibitor", "Oral JAK1/JAK2 inhibitor (edited)", StringComparison.Ordinal));

        var result = SiteBuilder.Build(Incremental, new BuildSession());

        Assert.True(result.Succeeded);
        Assert.InRange(result.PagesRendered, 1, first.Pages / 3);
        Assert.Contains("(edited)", File.ReadAllText(Path.Combine(Incremental.OutputDir, "drugs/ruxolitinib/index.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_file_changed_by_hand_in_the_output_is_rendered_again()
    {
        CopyRealInput();
        SiteBuilder.Build(Incremental);
        var page = Path.Combine(Incremental.OutputDir, "kinases/jak2/index.html");
        File.WriteAllText(page, "tampered");
        File.WriteAllText(Path.Combine(Incremental.OutputDir, "stray.html"), "not ours");

        var result = SiteBuilder.Build(Incremental);

        Assert.Equal(1, result.PagesRendered);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_failed_incremental_build_leaves_the_output_and_the_next_build_catches_up()
    {
        CopyRealInput();
        SiteBuilder.Build(Incremental);
        var before = FolderSnapshot.Of(Incremental.OutputDir);
        Edit("kinases/jak2.md", text => text.Replace("title:", "title: [unclosed", StringComparison.Ordinal));

        Assert.False(SiteBuilder.Build(Incremental).Succeeded);
        Assert.Equal(before, FolderSnapshot.Of(Incremental.OutputDir));

        Edit("kinases/jak2.md", text => text.Replace("title: [unclosed", "title:", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(Incremental).Succeeded);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Retitling_an_entity_updates_every_page_that_shows_its_link()
    {
        CopyRealInput();
        // A page that names il-6 only in a wiki link, which shows the title of the page it links to.
        File.WriteAllText(Path.Combine(Input, "drugs", "prose-only.md"), "---\ntitle: Prose only\nsummary: Names a cytokine in its prose alone.\n---\nSee [[il-6]].\n");
        var session = new BuildSession();
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);

        Edit("cytokines/il-6.md", text => new Regex("^title: ", RegexOptions.Multiline).Replace(text, "title: Retitled ", 1));
        var result = SiteBuilder.Build(Incremental, session);

        Assert.True(result.Succeeded);
        Assert.Contains("Retitled", File.ReadAllText(Path.Combine(Incremental.OutputDir, "drugs", "prose-only", "index.html")));
        Assert.True(result.PagesRendered < result.Pages / 2, $"{result.PagesRendered} of {result.Pages} pages rendered");
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("trials/fedratinib-phase1-hcc.md", "value: \"8.3\"", "value: \"8.4\"", "a charted value")]
    [InlineData("trials/fedratinib-phase1-hcc.md", "title: ", "title: Retitled ", "the title of a charted trial")]
    [InlineData("sources/wang-2025.md", "title: \"", "title: \"Retitled ", "the title of the source a chart cites")]
    public void Charts_follow_an_edit_of_what_they_show(string file, string from, string to, string what)
    {
        CopyRealInput();
        var session = new BuildSession();
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);
        var chartsPage = Path.Combine(Incremental.OutputDir, "trials", "index.html");
        var before = File.ReadAllText(chartsPage);

        Edit(file, text => new Regex(Regex.Escape(from)).Replace(text, to, 1));
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);

        Assert.NotEqual(before, File.ReadAllText(chartsPage));
        AssertSameAsFullBuild(what);
    }

    [Fact]
    public void An_unchanged_file_is_checked_again_when_what_it_names_goes()
    {
        CopyRealInput();
        File.WriteAllText(Path.Combine(Input, "drugs", "named.md"), "---\ntitle: Named\nsummary: Linked from another drug.\n---\nA drug.\n");
        File.WriteAllText(Path.Combine(Input, "drugs", "naming.md"), "---\ntitle: Naming\nsummary: Links to another drug.\n---\nSee [[named]].\n");
        var session = new BuildSession();
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);

        File.Delete(Path.Combine(Input, "drugs", "named.md"));
        var result = SiteBuilder.Build(Incremental, session);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownWikiLinkTarget && d.Where.Path.EndsWith("drugs/naming.md", StringComparison.Ordinal));
        Assert.Equal(SiteBuilder.Build(Full).Diagnostics, result.Diagnostics);
    }

    [Fact]
    public void A_relation_to_an_id_that_becomes_used_twice_is_no_longer_reported_as_the_wrong_type()
    {
        CopyRealInput();
        Edit("drugs/ruxolitinib.md", text => text.Replace("targets:\n", "targets:\n  - cirrhosis\n", StringComparison.Ordinal));
        var session = new BuildSession();
        Assert.Contains(SiteBuilder.Build(Incremental, session).Diagnostics, d => d.Code == DiagnosticCodes.WrongRelationTargetType);

        File.WriteAllText(Path.Combine(Input, "kinases", "cirrhosis.md"), "---\ntitle: Cirrhosis kinase\nsummary: An id used twice.\n---\nA kinase.\n");
        var result = SiteBuilder.Build(Incremental, session);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateId));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.WrongRelationTargetType);
        Assert.Equal(SiteBuilder.Build(Full).Diagnostics, result.Diagnostics);
    }

    [Fact]
    public void A_file_read_again_unchanged_leaves_the_graph_page_as_a_full_build_draws_it()
    {
        CopyRealInput();
        var session = new BuildSession();
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);
        foreach (var file in EntityFiles()) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);

        Edit("cytokines/il-7.md", text => text.Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);

        AssertSameAsFullBuild("every file touched, then a title edited");
    }

    [Fact]
    public void Removing_a_relation_updates_the_page_it_pointed_to()
    {
        CopyRealInput();
        var session = new BuildSession();
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);
        var target = MultipleRelations.Match(File.ReadAllText(Path.Combine(Input, "drugs", "ruxolitinib.md"))).Groups[2].Value;

        Edit("drugs/ruxolitinib.md", text => MultipleRelations.Replace(text, "$1: [", 1));
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);

        AssertSameAsFullBuild($"the relation to {target} removed");
    }

    /// <summary><paramref name="serve"/>: with a session, as <c>serve</c> writes in place; without, as <c>build --incremental</c> stages and swaps.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Random_edit_sequences_give_the_output_of_a_full_build(bool serve)
    {
        CopyRealInput();
        var session = serve ? new BuildSession() : null;
        Assert.True(SiteBuilder.Build(Incremental, session).Succeeded);
        var step = 0;
        Gen.Select(Gen.Int[0, Edits.Length - 1], Gen.Int[0, 1000]).Array[1, 6].Sample(sequence =>
        {
            foreach (var (kind, pick) in sequence)
            {
                var what = Edits[kind](this, pick);
                step++;
                var incremental = SiteBuilder.Build(Incremental, session);
                var full = SiteBuilder.Build(Full);
                Assert.True(incremental.Succeeded == full.Succeeded, $"step {step} ({what}): incremental {incremental.Succeeded}, full {full.Succeeded}");
                Assert.Equal(full.Diagnostics, incremental.Diagnostics);
                // A failed build leaves both outputs as they were, equal since the last step.
                if (full.Succeeded) AssertSameAsFullBuild($"step {step} ({what})", rebuild: false);
            }
        }, iter: 8, threads: 1);
    }

    private delegate string EditKind(IncrementalBuildTests site, int pick);

    private static readonly Regex MultipleRelations = new(@"^(targets|signals_via|tests): \[([^,\]]+), ", RegexOptions.Multiline);

    private static readonly Regex DrugTargets = new(@"^targets: \[(?!jak3)", RegexOptions.Multiline);

    /// <summary>The edits contributors make, each on a file chosen by <c>pick</c>; each returns what it did, for the failure message.</summary>
    private static readonly EditKind[] Edits =
    [
        (s, pick) => s.EditNth("value: \"", pick, "value: \"9", "a fact or property value"),
        (s, pick) => s.EditNth("title: ", pick, "title: Renamed ", "a title"),
        (s, pick) => s.EditNth("summary: ", pick, "summary: Edited. ", "a summary"),
        (s, pick) => s.EditEntity(pick, text => text + $"\nSee also [[{s.EntityId(pick + 1)}]]; HCC and JAK-STAT signalling [@sung2021].\n", "prose with a wiki link, terms and a citation"),
        (s, pick) => s.EditEntity(pick, text => text + $"\nIt bears on {s.GlossaryTerm(pick / 7)}.\n", "prose using a glossary term"),
        (s, pick) => s.EditMatching(MultipleRelations, pick, text => MultipleRelations.Replace(text, "$1: [", 1), "a relation removed"),
        (s, pick) => s.EditMatching(DrugTargets, pick, text => DrugTargets.Replace(text, "targets: [jak3, ", 1), "a relation added"),
        (s, pick) => s.AddDrug(pick),
        (s, pick) => s.RemoveAddedDrug(pick),
        (s, pick) => s.EditNthIn("data/glossary.yml", "definition: ", pick, "definition: Edited. ", "a glossary definition"),
        (s, pick) => s.EditNthIn("data/glossary.yml", "- term: ", pick, "- term: Zq", "a glossary term renamed"),
        (s, pick) => s.EditNthIn("data/bibliography.yml", "  title: \"", pick, "  title: \"Edited ", "a reference title"),
        (s, pick) => s.EditNthIn("data/curation-notes.yml", "  title: \"", pick, "  title: \"Edited ", "a curation note title"),
        (s, pick) => s.Touch(pick),
        (s, pick) => s.ToggleDuplicateId(pick),
        (s, _) => s.ToggleRetyped(),
        (s, _) => s.ToggleUnreadable(),
        (s, pick) => s.ToggleDeleted(s.RealEntityFiles()[pick % s.RealEntityFiles().Length], "an entity file"),
        (s, pick) => s.ToggleDeleted(Path.Combine(s.Input, "data", new[] { "glossary.yml", "bibliography.yml", "curation-notes.yml" }[pick % 3]), "a data file"),
        (s, pick) => s.EditNth("locator: \"Table 3 (column Target)", pick, "locator: \"Table 3, edited (column Target)", "a relation's locator, shown on its target's page too"),
        (s, pick) => s.EditNth("outside_source: \"", pick, "outside_source: \"Edited ", "a relation's qualifier"),
        (s, pick) => s.EditNthIn("schema.yml", "backlink: ", pick, "backlink: Edited ", "a backlink label in the schema"),
        (s, pick) => s.EditNthIn("site.yml", "title: ", pick, "title: Edited ", "the site title"),
        (s, pick) => s.EditTheme(pick),
    ];

    /// <summary>A kinase file with the id of another entity (ids are unique across types), or that file removed again.</summary>
    private string ToggleDuplicateId(int pick)
    {
        var existing = Directory.GetFiles(Path.Combine(Input, "kinases"), "*.md").Where(f => File.ReadAllText(f).Contains("title: Duplicate", StringComparison.Ordinal)).ToArray();
        if (existing.Length > 0)
        {
            File.Delete(existing[0]);
            return $"{Path.GetFileName(existing[0])} (a duplicate id) removed";
        }
        var others = EntityFiles().Where(f => !f.Contains("/kinases/", StringComparison.Ordinal)).ToArray();
        var id = Path.GetFileNameWithoutExtension(others[pick % others.Length]);
        File.WriteAllText(Path.Combine(Input, "kinases", id + ".md"), $"---\ntitle: Duplicate {id}\nsummary: A kinase with an id already used.\n---\nA kinase.\n");
        return $"kinases/{id}.md added, an id already used";
    }

    /// <summary>The same id moved from one type's folder to another's.</summary>
    private string ToggleRetyped()
    {
        var (drug, condition) = (Path.Combine(Input, "drugs", "retyped.md"), Path.Combine(Input, "conditions", "retyped.md"));
        if (File.Exists(drug))
        {
            File.Move(drug, condition, overwrite: true);
            return "retyped.md moved from drugs/ to conditions/";
        }
        if (File.Exists(condition)) File.Delete(condition);
        File.WriteAllText(drug, "---\ntitle: Retyped\nsummary: An entity whose type changes.\n---\nAbout [[jak2]] in HCC.\n");
        return "drugs/retyped.md added";
    }

    /// <summary>An entity file that is not UTF-8, or that file made readable.</summary>
    private string ToggleUnreadable()
    {
        var path = Path.Combine(Input, "drugs", "unreadable.md");
        if (File.Exists(path) && File.ReadAllBytes(path)[0] == 0xFF)
        {
            File.WriteAllText(path, "---\ntitle: Readable\nsummary: Readable again.\n---\nAbout [[jak2]].\n");
            return "drugs/unreadable.md made readable";
        }
        File.WriteAllBytes(path, [0xFF, 0xFE, 0x2D, 0x2D, 0x2D]);
        return "drugs/unreadable.md not UTF-8";
    }

    /// <summary>Deletes <paramref name="path"/>, keeping it outside the input; when one was deleted before, it comes back instead.</summary>
    private string ToggleDeleted(string path, string what)
    {
        var kept = _folder.Combine("deleted");
        if (File.Exists(kept))
        {
            var back = File.ReadAllLines(kept + ".path")[0];
            File.Move(kept, back, overwrite: true);
            File.Delete(kept + ".path");
            return $"{Path.GetRelativePath(Input, back)} restored";
        }
        File.WriteAllText(kept + ".path", path);
        File.Move(path, kept);
        return $"{what} deleted: {Path.GetRelativePath(Input, path)}";
    }

    private string EditTheme(int pick)
    {
        var file = new[] { "assets/site.css", "partials/facts.sbn", "layouts/_default.sbn" }[pick % 3];
        var path = Path.Combine(Theme, file);
        if (!File.Exists(path)) return $"theme/{file} is not in the theme";
        File.AppendAllText(path, file.EndsWith(".css", StringComparison.Ordinal) ? $"\n/* {pick} */\n" : $"{{{{ # {pick} }}}}\n");
        return $"theme/{file} edited";
    }

    /// <summary>Changes one of the entity files <paramref name="pattern"/> matches, so the edit always does something.</summary>
    private string EditMatching(Regex pattern, int pick, Func<string, string> change, string what)
    {
        var files = EntityFiles().Where(f => pattern.IsMatch(File.ReadAllText(f))).ToArray();
        if (files.Length == 0) return $"{what}: no file left to change";
        var file = files[pick % files.Length];
        File.WriteAllText(file, change(File.ReadAllText(file)));
        return $"{what} in {Path.GetRelativePath(Input, file)}";
    }

    private string GlossaryTerm(int pick)
    {
        if (!File.Exists(Path.Combine(Input, "data", "glossary.yml"))) return "HCC";
        var terms = Regex.Matches(File.ReadAllText(Path.Combine(Input, "data", "glossary.yml")), @"^- term: (.+)$", RegexOptions.Multiline);
        return terms[pick % terms.Count].Groups[1].Value.Trim().Trim('"');
    }

    private string[] EntityFiles() =>
        Directory.EnumerateFiles(Input, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The entity files of the real knowledge base (not those the edits add), as they are in the copy.</summary>
    private string[] RealEntityFiles() =>
        [.. EntityFiles().Where(f => File.Exists(Path.Combine(RepoPaths.Input, Path.GetRelativePath(Input, f))))];

    private string EntityId(int pick)
    {
        var files = EntityFiles();
        return Path.GetFileNameWithoutExtension(files[pick % files.Length]);
    }

    private string EditEntity(int pick, Func<string, string> change, string what)
    {
        var files = EntityFiles();
        var file = files[pick % files.Length];
        File.WriteAllText(file, change(File.ReadAllText(file)));
        return $"{what} in {Path.GetRelativePath(Input, file)}";
    }

    private string EditNth(string marker, int pick, string replacement, string what)
    {
        var candidates = EntityFiles().Where(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0) return $"{what}: no file left to change";
        var file = candidates[pick % candidates.Length];
        return EditNthIn(Path.GetRelativePath(Input, file), marker, pick / candidates.Length, replacement, what);
    }

    private string EditNthIn(string relative, string marker, int pick, string replacement, string what)
    {
        var path = Path.Combine(Input, relative);
        if (!File.Exists(path)) return $"{relative} left alone: it is deleted";
        var text = File.ReadAllText(path);
        var at = -1;
        var count = Regex.Matches(text, Regex.Escape(marker)).Count;
        for (var i = 0; i <= pick % count; i++) at = text.IndexOf(marker, at + 1, StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + marker.Length)));
        return $"{what} in {relative}";
    }

    private string AddDrug(int pick)
    {
        var kinase = new[] { "jak1", "jak2", "jak3", "tyk2" }[pick % 4];
        var id = $"added-{pick}";
        File.WriteAllText(Path.Combine(Input, "drugs", id + ".md"),
            $"---\ntitle: Added {pick}\nsummary: A drug added by the test.\ntargets: [{kinase}]\n---\nInhibits [[{kinase}]] in HCC.\n");
        return $"drugs/{id}.md added";
    }

    private string RemoveAddedDrug(int pick)
    {
        var added = Directory.GetFiles(Path.Combine(Input, "drugs"), "added-*.md").Order(StringComparer.Ordinal).ToArray();
        if (added.Length == 0) return AddDrug(pick);
        File.Delete(added[pick % added.Length]);
        return $"{Path.GetFileName(added[pick % added.Length])} removed";
    }

    private string Touch(int pick)
    {
        var files = EntityFiles();
        var file = files[pick % files.Length];
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        return $"{Path.GetRelativePath(Input, file)} touched";
    }

    private void CopyRealInput()
    {
        // The source documents' texts sit beside input/, where the sources' 'text:' fields find them.
        var texts = Path.Combine("docs", "sources");
        foreach (var (from, to) in new[] { (RepoPaths.Input, Input), (RepoPaths.Theme, Theme), (Path.Combine(RepoPaths.Root, texts), _folder.Combine(texts)) })
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private void Edit(string relative, Func<string, string> change)
    {
        var path = Path.Combine(Input, relative);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    private void AssertSameAsFullBuild(string? step = null, bool rebuild = true)
    {
        if (rebuild) Assert.True(SiteBuilder.Build(Full).Succeeded);
        var incremental = FolderSnapshot.Of(Incremental.OutputDir);
        var full = FolderSnapshot.Of(Full.OutputDir);
        var differing = full.Keys.Union(incremental.Keys)
            .Where(k => !full.TryGetValue(k, out var a) || !incremental.TryGetValue(k, out var b) || a != b)
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, $"{step}: these files differ from a full build: {string.Join(", ", differing)}");
    }
}
