using JakKb.Building;
using JakKb.JsonSchemas;
using JakKb.Rendering;
using JakKb.Scaffolding;
using JakKb.Tests.Support;

namespace JakKb.Tests.JsonSchemas;

/// <summary>
/// An editor and the build agree on a file <c>jakkb new</c> makes: both accept it, or both ask for the same fix (the
/// default archetype leaves out a new type's required fields, which both then report).
/// </summary>
public class ScaffoldedFileTests
{
    public static TheoryData<string, string> Types()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in new[] { RepoPaths.Input, JsonSchemaSetTests.BookshelfInput })
            foreach (var type in SiteSchema.Read(input).Types) data.Add(input, type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_schema_and_the_build_agree_on_a_new_file_of_each_type(string site, string typeName)
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        BadInput.Corpus.CopyDir(site, input);
        var (ok, message) = Archetype.Create(new Theme(RepoPaths.Theme, input), input, typeName, "scaffolded-page");
        Assert.True(ok, message);
        var schema = SiteSchema.Read(input);
        var type = schema.TypeNamed(typeName)!;
        var validator = new SchemaValidator(JsonSchemaSet.For(schema));
        var file = Path.Combine(input, type.Folder, "scaffolded-page.md");
        var problems = validator.Problems(JsonSchemaSet.FileFor(type), YamlAsJson.FrontMatter(File.ReadAllText(file)));
        var build = SiteBuilder.Build(new BuildOptions(input, folder.Combine("output"), RepoPaths.Theme, Write: false));
        var errors = build.Diagnostics.Where(d => d.IsError && d.Where.Path.EndsWith("scaffolded-page.md", StringComparison.Ordinal)).ToList();
        Assert.True((errors.Count == 0) == (problems is null),
            $"{File.ReadAllText(file)}\nschema: {problems ?? "valid"}\nbuild: {string.Join("\n", errors)}");
    }
}
