using JakKb.Cli;
using JakKb.JsonSchemas;
using JakKb.Tests.Support;

namespace JakKb.Tests.JsonSchemas;

/// <summary><c>jakkb schema --json-schema DIR</c> writes the schemas a build writes, without building.</summary>
public class JsonSchemaExportTests
{
    private static (int Code, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var code = CommandLine.Run(args, output, output);
        return (code, output.ToString());
    }

    [Fact]
    public void It_writes_the_schemas_of_the_input_s_schema_yml()
    {
        using var folder = new TempFolder();
        var target = folder.Combine("schemas");
        var (code, output) = Run("schema", "--input", JsonSchemaSetTests.BookshelfInput, "--json-schema", target);
        Assert.True(code == ExitCodes.Success, output);
        var expected = JsonSchemaSet.For(SiteSchema.Read(JsonSchemaSetTests.BookshelfInput));
        Assert.Equal(expected.Select(f => f.FileName).Order(), Directory.GetFiles(target).Select(Path.GetFileName).Order());
        foreach (var (name, content) in expected) Assert.Equal(content, File.ReadAllBytes(Path.Combine(target, name)));
        Assert.Contains($"Wrote {expected.Count} JSON Schemas", output);
    }

    [Fact]
    public void It_writes_them_even_when_the_content_has_errors()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        BadInput.Corpus.CopyDir(JsonSchemaSetTests.BookshelfInput, input);
        File.WriteAllText(Path.Combine(input, "books", "small-hours.md"), "---\ntitel: Small Hours\n---\n");
        var (code, output) = Run("schema", "--input", input, "--json-schema", folder.Combine("schemas"));
        Assert.True(code == ExitCodes.Success, output);
        Assert.True(File.Exists(folder.Combine("schemas", "book.schema.json")));
    }

    [Fact]
    public void A_folder_it_cannot_write_is_a_diagnostic_with_its_fix()
    {
        using var folder = new TempFolder();
        var blocked = folder.Combine("a-file");
        File.WriteAllText(blocked, "not a folder");
        var (code, output) = Run("schema", "--input", JsonSchemaSetTests.BookshelfInput, "--json-schema", blocked);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error JKB0150", output);
        Assert.Contains("pass --json-schema a folder you may write", output);
    }

    [Fact]
    public void An_input_without_schema_yml_is_a_diagnostic()
    {
        using var folder = new TempFolder();
        var (code, output) = Run("schema", "--input", folder.Path, "--json-schema", folder.Combine("schemas"));
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("error JKB0120", output);
        Assert.False(Directory.Exists(folder.Combine("schemas")));
    }

    [Fact]
    public void The_folder_is_required() => Assert.Equal(ExitCodes.UsageErrors, Run("schema", "--input", JsonSchemaSetTests.BookshelfInput).Code);
}
