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
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, null), temp.Path, type, "new-thing");
        Assert.True(ok, message);

        var entityType = EntityType.FromName(type)!;
        var path = Path.Combine(temp.Path, entityType.Folder, "new-thing.md");
        var bag = new DiagnosticBag();
        var entity = EntityReader.Read(entityType, path, File.ReadAllText(path), bag);

        Assert.Empty(bag.Sorted());
        Assert.Equal("new-thing", entity!.Id);
    }

    [Theory]
    [InlineData("enzyme", "new-thing", "Unknown type")]
    [InlineData("drug", "../evil", "not a safe id")]
    public void Bad_arguments_are_refused_with_what_to_do(string type, string id, string expected)
    {
        using var temp = new TempFolder();
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, null), temp.Path, type, id);
        Assert.False(ok);
        Assert.Contains(expected, message);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var temp = new TempFolder();
        var theme = new Theme(RepoPaths.Theme, null);
        Assert.True(Archetype.Create(theme, temp.Path, "drug", "x").Ok);
        Assert.False(Archetype.Create(theme, temp.Path, "drug", "x").Ok);
    }
}
