using CsCheck;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Linking;

/// <summary>
/// In a <c>serve</c> session the graph is updated for the files that changed rather than linked anew. Nobody may
/// be able to tell the two apart: after random edits of the real knowledge base, every question a page can ask the
/// updated graph gets the answer the graph linked anew gives, down to the order of lists and the objects returned.
/// </summary>
public sealed class SiteGraphUpdateTests
{
    private static readonly SiteContent RealContent = ContentLoader.Load(RepoPaths.Input, new DiagnosticBag());

    [Fact]
    public void A_graph_updated_for_edited_files_is_the_graph_linked_anew()
    {
        var entities = RealContent.Entities;
        Gen.Select(Gen.Int[0, Edits.Length - 1], Gen.Int[0, entities.Count - 1], Gen.Int[0, entities.Count - 1]).Array[1, 8].Sample(sequence =>
        {
            var memo = new Memo();
            var content = RealContent;
            var graph = SiteGraph.Link(content, memo);
            var serial = 0;
            foreach (var (kind, at, other) in sequence)
            {
                var edited = Edits[kind](content.Entities[at], content.Entities[other]) with { SourceHash = (UInt128)(++serial) };
                var before = content;
                content = content with { Entities = [.. content.Entities.Select((e, i) => i == at ? edited : e)] };
                graph = graph.Update(content, ChangeSet.Between(before, content), memo);
                AssertSame(SiteGraph.Link(content), graph, $"edit {serial}: {kind} on {edited.Id}");
            }
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void An_entity_whose_last_link_is_removed_becomes_an_orphan()
    {
        using var site = TestSite.Minimal();
        var content = ContentLoader.Load(site.InputDir, new DiagnosticBag());
        var graph = SiteGraph.Link(content);
        // rux's only link is its own relation to jak2.
        Assert.DoesNotContain("rux", graph.Orphans().Select(e => e.Id));
        var unlinked = content with
        {
            Entities = [.. content.Entities.Select((e, i) => e.Relations.Any(r => r.TargetId == "jak2")
                ? e with { Relations = [.. e.Relations.Where(r => r.TargetId != "jak2")], SourceHash = (UInt128)(i + 1) } : e)],
        };

        var updated = graph.Update(unlinked, ChangeSet.Between(content, unlinked));

        Assert.Contains("rux", updated.Orphans().Select(e => e.Id));
        AssertSame(SiteGraph.Link(unlinked), updated, "the relation to jak2 removed");
    }

    private delegate Entity Edit(Entity entity, Entity other);

    /// <summary>What an edit of one file can change about its place in the graph (ids and types stay: a new id is a new file).</summary>
    private static readonly Edit[] Edits =
    [
        (e, _) => e with { Title = "Zz " + e.Title },
        (e, _) => e with { Summary = "Edited. " + e.Summary },
        (e, _) => e with { Relations = [.. e.Relations.Skip(1)] },
        (e, other) => JakSchema.Schema.Relations.FirstOrDefault(k => k.From.Contains(e.Type) && k.To.Contains(other.Type)) is { } kind
            ? e with { Relations = [.. e.Relations, new RelationLink(kind, other.Id, e.Where)] } : e,
        (e, _) => e with { Facts = [.. e.Facts.Skip(1)] },
        (e, other) => e with { Facts = [.. e.Facts.Select(f => f with { Concerns = [.. f.Concerns, other.Id] })] },
        (e, other) => e with { Body = other.Body, BodyAst = other.BodyAst },
        (e, _) => e with { Notes = [] },
    ];

    private static void AssertSame(SiteGraph anew, SiteGraph updated, string step)
    {
        var content = anew.Content;
        foreach (var e in content.Entities)
        {
            Assert.True(ReferenceEquals(anew.Entity(e.Id), updated.Entity(e.Id)), $"{step}: Entity({e.Id})");
            Same(anew.BacklinksTo(e), updated.BacklinksTo(e), b => (b.Kind, b.From), $"{step}: backlinks of {e.Id}");
            Same(anew.FactsConcerning(e), updated.FactsConcerning(e), p => (p.Fact, p.Owner), $"{step}: facts concerning {e.Id}");
            Same(anew.FactsFromSource(e), updated.FactsFromSource(e), p => (p.Fact, p.Owner), $"{step}: facts from {e.Id}");
            Same(anew.RowsConcerning(e), updated.RowsConcerning(e), r => (r.Row, r.Source), $"{step}: rows concerning {e.Id}");
            Same(anew.PagesNaming(e).ToList(), updated.PagesNaming(e).ToList(), p => p, $"{step}: pages naming {e.Id}");
            var (bodyAnew, bodyUpdated) = (anew.Body(e), updated.Body(e));
            Assert.True(bodyAnew.CitedKeys.SequenceEqual(bodyUpdated.CitedKeys) && bodyAnew.Terms.SequenceEqual(bodyUpdated.Terms)
                && bodyAnew.LinkTargets.SequenceEqual(bodyUpdated.LinkTargets), $"{step}: body of {e.Id}");
        }
        foreach (var key in content.Bibliography.Select(r => r.Key)) Same(anew.PagesCiting(key), updated.PagesCiting(key), p => p, $"{step}: pages citing {key}");
        foreach (var term in content.Glossary) Same(anew.PagesUsingTerm(term), updated.PagesUsingTerm(term), p => p, $"{step}: pages using {term.Term}");
        foreach (var note in content.CurationNotes) Same(anew.PagesWithNote(note.Id), updated.PagesWithNote(note.Id), p => p, $"{step}: pages with {note.Id}");
        Same(anew.Orphans().ToList(), updated.Orphans().ToList(), p => p, $"{step}: orphans");
        foreach (var type in JakSchema.Schema.Types) Same(anew.ByType[type], updated.ByType[type], p => p, $"{step}: {type.Plural}");
    }

    /// <summary>The same items in the same order, compared by reference: a stale object would show a stale page.</summary>
    private static void Same<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, object> parts, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {expected.Count} items expected, {actual.Count} found");
        for (var i = 0; i < expected.Count; i++)
        {
            var (a, b) = (parts(expected[i]), parts(actual[i]));
            var same = a is System.Runtime.CompilerServices.ITuple ta && b is System.Runtime.CompilerServices.ITuple tb
                ? Enumerable.Range(0, ta.Length).All(k => ReferenceEquals(ta[k], tb[k]) || (ta[k] is RelationKind && Equals(ta[k], tb[k])))
                : ReferenceEquals(a, b);
            Assert.True(same, $"{what}: item {i} differs");
        }
    }
}
