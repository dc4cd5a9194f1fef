using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Loading;

public class RelationReaderTests
{
    private static (Entity? Entity, IReadOnlyList<Diagnostic> Diagnostics) Drug(string relations)
    {
        var bag = new DiagnosticBag();
        var entity = EntityReader.Read(JakSchema.Schema, JakSchema.Drug, "input/drugs/rux.md", $"---\ntitle: Rux\nsummary: S.\n{relations}---\nText.\n", bag);
        return (entity, bag.Sorted());
    }

    [Fact]
    public void A_bare_id_is_a_relation_without_provenance()
    {
        var (entity, diagnostics) = Drug("targets: [jak1, jak2]\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["jak1", "jak2"], entity!.Relations.Select(r => r.TargetId));
        Assert.All(entity.Relations, r => Assert.Null(r.Provenance));
        Assert.Equal(new SourceSpan("input/drugs/rux.md", 4, 17), entity.Relations[1].Where);
    }

    [Fact]
    public void An_item_with_provenance_keeps_its_source_locator_cites_and_notes()
    {
        var (entity, diagnostics) = Drug("targets:\n  - jak1\n  - { id: jak2, source: wang-2025, locator: Table 3, cites: [kim2013], notes: [n1] }\n");
        Assert.Empty(diagnostics);
        var stated = entity!.Relations[1].Provenance!;
        Assert.Equal(("wang-2025", "Table 3", "kim2013", "n1"), (stated.SourceId, stated.Locator, stated.Cites.Single(), stated.Notes.Single()));
        Assert.Equal(6, entity.Relations[1].Where.Line);
    }

    [Fact]
    public void A_qualifier_the_relation_declares_is_kept_and_an_unknown_one_is_refused_with_the_closest_name()
    {
        var (entity, diagnostics) = Drug("indicated_for:\n  - { id: hcc, outside_source: \"FDA label\" }\n");
        Assert.Empty(diagnostics);
        Assert.Equal("FDA label", entity!.Relations.Single().Qualifiers["outside_source"]);
        Assert.Null(entity.Relations.Single().Provenance);

        var (_, wrong) = Drug("indicated_for:\n  - { id: hcc, outside_sorce: \"FDA label\" }\n");
        Assert.Contains("Did you mean 'outside_source'?", Assert.Single(wrong).Message);
    }

    [Fact]
    public void A_locator_without_a_source_and_an_item_without_an_id_are_reported()
    {
        var (_, diagnostics) = Drug("targets:\n  - { locator: Table 3 }\n");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Message.Contains("'id'"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Message.Contains("add 'source:'"));
    }

    [Fact]
    public void A_relation_item_that_is_a_list_is_refused() =>
        Assert.Equal(DiagnosticCodes.WrongType, Assert.Single(Drug("targets:\n  - [jak1]\n").Diagnostics).Code);
}
