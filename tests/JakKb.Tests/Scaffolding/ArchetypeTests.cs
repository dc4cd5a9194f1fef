using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Rendering;
using JakKb.Scaffolding;
using JakKb.Tests.Support;

namespace JakKb.Tests.Scaffolding;

public class ArchetypeTests
{
    [Theory]
    [InlineData("kinase")]
    [InlineData("drug")]
    [InlineData("trial")]
    [InlineData("cytokine")]
    [InlineData("condition")]
    [InlineData("source")]
    public void A_new_entity_file_is_valid_as_soon_as_it_is_created(string type)
    {
        using var temp = new TempFolder();
        JakSchema.CopyTo(temp.Path);
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, null), temp.Path, type, "new-thing");
        Assert.True(ok, message);

        var entityType = JakSchema.Schema.TypeNamed(type)!;
        var path = Path.Combine(temp.Path, entityType.Folder, "new-thing.md");
        var bag = new DiagnosticBag();
        var entity = EntityReader.Read(JakSchema.Schema, entityType, path, File.ReadAllText(path), bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal("new-thing", entity!.Id);
    }

    [Theory]
    [InlineData("kinase")]
    [InlineData("drug")]
    [InlineData("trial")]
    [InlineData("cytokine")]
    [InlineData("condition")]
    [InlineData("source")]
    public void A_scaffold_in_the_real_knowledge_base_checks_with_no_error_and_once_linked_as_its_message_says_with_no_warning(string type)
    {
        using var temp = new TempFolder();
        JakSchema.CopyTo(temp.Path);
        var input = temp.Combine("input");
        JakKb.Tests.BadInput.Corpus.CopyDir(RepoPaths.Input, input);
        // The source documents' texts sit beside input/, where the sources' 'text:' fields find them.
        JakKb.Tests.BadInput.Corpus.CopyDir(Path.Combine(RepoPaths.Root, "docs", "sources"), temp.Combine(Path.Combine("docs", "sources")));
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, input), input, type, "new-thing");
        Assert.True(ok, message);
        var options = new BuildOptions(input, temp.Combine("output"), RepoPaths.Theme, Write: false);

        // Nothing links to a new page yet: the one finding is the nudge to connect it, which the message announces.
        var scaffolded = SiteBuilder.Build(options);
        Assert.Equal(["JKB0081"], scaffolded.Diagnostics.Select(d => d.Code));
        Assert.Contains("JKB0081", message);

        var related = Path.Combine(input, "kinases", "jak2.md");
        File.AppendAllText(related, "\nSee also [[new-thing]].\n");
        var linked = SiteBuilder.Build(options);
        Assert.True(linked.Succeeded);
        Assert.Empty(linked.Diagnostics);
    }

    [Theory]
    [InlineData("kinase")]
    [InlineData("drug")]
    [InlineData("trial")]
    [InlineData("cytokine")]
    [InlineData("condition")]
    [InlineData("source")]
    public void A_scaffold_lists_every_field_its_type_accepts(string type)
    {
        using var temp = new TempFolder();
        JakSchema.CopyTo(temp.Path);
        Assert.True(Archetype.Create(new Theme(RepoPaths.Theme, null), temp.Path, type, "new-thing").Ok);
        var entityType = JakSchema.Schema.TypeNamed(type)!;
        var text = File.ReadAllText(Path.Combine(temp.Path, entityType.Folder, "new-thing.md"));

        foreach (var field in JakSchema.Schema.AllowedFields(entityType))
            Assert.Matches($@"(?m)^(#.*\b{field}\b|{field}:)", text);
        Assert.DoesNotContain("{{", text);
    }

    [Theory]
    [InlineData("enzyme", "new-thing", "Unknown type")]
    [InlineData("drug", "../evil", "not a safe id")]
    public void Bad_arguments_are_refused_with_what_to_do(string type, string id, string expected)
    {
        using var temp = new TempFolder();
        JakSchema.CopyTo(temp.Path);
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, null), temp.Path, type, id);
        Assert.False(ok);
        Assert.Contains(expected, message);
        Assert.Equal([Path.Combine(temp.Path, "schema.yml")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var temp = new TempFolder();
        JakSchema.CopyTo(temp.Path);
        var theme = new Theme(RepoPaths.Theme, null);
        Assert.True(Archetype.Create(theme, temp.Path, "drug", "x").Ok);
        Assert.False(Archetype.Create(theme, temp.Path, "drug", "x").Ok);
    }

    [Fact]
    public void Without_a_schema_nothing_is_created_and_the_message_says_what_to_write()
    {
        using var temp = new TempFolder();
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, null), temp.Path, "drug", "x");
        Assert.False(ok);
        Assert.Contains("schema.yml is missing", message);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
