using System.Text.Json;
using JakKb.Building;
using JakKb.JsonSchemas;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.JsonSchemas;

/// <summary>
/// The generated JSON Schemas accept every real content file, of the JAK knowledge base and of the Bookshelf test
/// site, and reject each kind of mistake the build rejects.
/// </summary>
public class JsonSchemaSetTests
{
    public static string BookshelfInput => Path.Combine(RepoPaths.Root, "tests", "JakKb.Tests", "Content", "Bookshelf", "input");

    public static TheoryData<string> Sites => new(RepoPaths.Input, BookshelfInput);

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_generated_schema_is_a_valid_draft_2020_12_schema(string input)
    {
        var files = JsonSchemaSet.For(SiteSchema.Read(input));
        Assert.NotEmpty(files);
        foreach (var (name, content) in files)
            Assert.True(SchemaValidator.MetaSchemaProblems(content) is null, $"{name}: {SchemaValidator.MetaSchemaProblems(content)}");
    }

    /// <summary>Keywords that mean the same in draft-07 (the YAML language server's) and in draft 2020-12.</summary>
    private static readonly HashSet<string> CommonKeywords =
    [
        "$schema", "title", "description", "type", "properties", "additionalProperties", "required", "items", "enum", "const",
        "anyOf", "allOf", "if", "then", "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems",
    ];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_keyword_means_the_same_to_a_draft_07_validator(string input)
    {
        foreach (var (name, content) in JsonSchemaSet.For(SiteSchema.Read(input)))
        {
            using var document = JsonDocument.Parse(content);
            var unknown = Keywords(document.RootElement).Where(k => !CommonKeywords.Contains(k)).Distinct().ToList();
            Assert.True(unknown.Count == 0, $"{name} uses {string.Join(", ", unknown)}");
        }
    }

    /// <summary>The keywords of a schema and its subschemas; the names under 'properties' are field names, not keywords.</summary>
    private static IEnumerable<string> Keywords(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        foreach (var keyword in schema.EnumerateObject())
        {
            yield return keyword.Name;
            var subschemas = keyword.Name switch
            {
                "properties" => keyword.Value.EnumerateObject().Select(p => p.Value),
                "items" or "additionalProperties" or "if" or "then" => [keyword.Value],
                "anyOf" or "allOf" => keyword.Value.EnumerateArray(),
                _ => [],
            };
            foreach (var inner in subschemas.SelectMany(Keywords)) yield return inner;
        }
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void There_is_a_schema_for_each_entity_type_and_each_data_file(string input)
    {
        var schema = SiteSchema.Read(input);
        var names = JsonSchemaSet.For(schema).Select(f => f.FileName).ToList();
        Assert.Equal(
            [.. schema.Types.Select(JsonSchemaSet.FileFor), JsonSchemaSet.GlossaryFile, JsonSchemaSet.BibliographyFile, JsonSchemaSet.CurationNotesFile],
            names);
    }

    [Fact]
    public void A_type_folder_may_not_take_the_schemas_folder_of_the_output()
    {
        var path = Path.Combine(BookshelfInput, JakKb.Loading.SchemaReader.FileName);
        var diagnostics = new JakKb.Diagnostics.DiagnosticBag();
        var text = File.ReadAllText(path).Replace("folder: catalogues", $"folder: {JsonSchemaSet.Folder}", StringComparison.Ordinal);
        Assert.Null(JakKb.Loading.SchemaReader.Read(path, text, diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == JakKb.Diagnostics.DiagnosticCodes.SchemaReservedFolder && d.Message.Contains("'schemas'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_real_entity_file_validates_against_its_type_schema(string input)
    {
        var schema = SiteSchema.Read(input);
        var validator = new SchemaValidator(JsonSchemaSet.For(schema));
        var checkedFiles = 0;
        foreach (var type in schema.Types)
        {
            var folder = Path.Combine(input, type.Folder);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder, "*.md"))
            {
                var problems = validator.Problems(JsonSchemaSet.FileFor(type), YamlAsJson.FrontMatter(File.ReadAllText(file)));
                Assert.True(problems is null, $"{Path.GetRelativePath(input, file)}:\n{problems}");
                checkedFiles++;
            }
        }
        Assert.True(checkedFiles > 5, $"only {checkedFiles} files found under {input}");
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_real_data_file_validates_against_its_schema(string input)
    {
        var validator = new SchemaValidator(JsonSchemaSet.For(SiteSchema.Read(input)));
        foreach (var (data, schemaFile) in DataFiles)
        {
            var path = Path.Combine(input, "data", data);
            var problems = validator.Problems(schemaFile, YamlAsJson.Parse(File.ReadAllText(path)));
            Assert.True(problems is null, $"{data}:\n{problems}");
        }
    }

    private static readonly (string Data, string Schema)[] DataFiles =
    [
        ("glossary.yml", JsonSchemaSet.GlossaryFile),
        ("bibliography.yml", JsonSchemaSet.BibliographyFile),
        ("curation-notes.yml", JsonSchemaSet.CurationNotesFile),
    ];

    /// <summary>A good book's front matter, which each bad case breaks in one way.</summary>
    private const string GoodBook = """
        title: A book
        summary: One sentence.
        form: novel
        year: 1994
        """;

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "an unknown field", "book", GoodBook + "\nyeer: 1995" },
        { "a misspelt relation", "book", GoodBook + "\nwriten_by: [mara-quill]" },
        { "a missing required common field", "book", "summary: One sentence.\nform: novel\nyear: 1994" },
        { "a missing required type field", "book", "title: A book\nsummary: One sentence.\nform: novel" },
        { "an enum value outside the list", "book", "title: A book\nsummary: One sentence.\nform: opera\nyear: 1994" },
        { "text where an integer belongs", "book", "title: A book\nsummary: One sentence.\nform: novel\nyear: nineteen ninety-four" },
        { "a list where one value belongs", "book", "title: A book\nsummary: One sentence.\nform: [novel, poetry]\nyear: 1994" },
        { "one value where a list belongs", "book", GoodBook + "\nsubjects: rivers" },
        { "a mapping where text belongs", "book", "title: { text: A book }\nsummary: One sentence.\nform: novel\nyear: 1994" },
        { "an address that is not http", "publisher", "title: A press\nsummary: One sentence.\ncity: Aldmoor\nindependent: true\nwebsite: ftp://press.example.org/" },
        { "a boolean written as yes", "publisher", "title: A press\nsummary: One sentence.\ncity: Aldmoor\nindependent: yes" },
        { "text where a number belongs", "book", GoodBook + "\nprice: cheap" },
        { "a reference field that is not an id", "book", GoodBook + "\ncompanion: Small Hours" },
        { "a number where the identifier pattern wants text", "book", GoodBook + "\nidentifiers:\n  - { scheme: saltmarsh, value: 14, source: the catalogue }" },
        { "a date that is not YYYY-MM-DD", "catalogue", "title: A catalogue\nsummary: One sentence.\nissued: March 1998" },
        { "a date with a thirteenth month", "catalogue", "title: A catalogue\nsummary: One sentence.\nissued: 1998-13" },
        { "a relation's locator without its source", "book", GoodBook + "\nwritten_by:\n  - { id: mara-quill, locator: Table 1 }" },
        { "an identifier scheme the site does not declare", "book", GoodBook + "\nidentifiers:\n  - { scheme: isbn, value: '123', source: the shop }" },
        { "an identifier value outside its scheme's pattern", "book", GoodBook + "\nidentifiers:\n  - { scheme: saltmarsh, value: SM-14, source: the catalogue }" },
        { "an identifier without its source", "book", GoodBook + "\nidentifiers:\n  - { scheme: saltmarsh, value: SM-014 }" },
        { "a relation to something that is not an id", "book", GoodBook + "\nwritten_by: [Mara Quill]" },
        { "a relation item object with an unknown key", "book", GoodBook + "\nwritten_by:\n  - { id: mara-quill, page: 12 }" },
        { "a relation item object without its id", "book", GoodBook + "\nwritten_by:\n  - { source: saltmarsh-spring-1998, locator: Table 1 }" },
        { "a relation qualifier outside its values", "book", GoodBook + "\nwritten_by:\n  - { id: mara-quill, role: illustrator }" },
        { "a relation declared on another type", "author", "title: A person\nsummary: One sentence.\nlanguage: welsh\npublished_by: [saltmarsh-press]" },
        { "a fact without its locator", "book", GoodBook + "\nfacts:\n  - { label: Print run, value: '1,500', source: saltmarsh-spring-1998 }" },
        { "a fact with an unknown key", "book", GoodBook + "\nfacts:\n  - { label: Print run, value: '1,500', source: saltmarsh-spring-1998, locator: Colophon, page: 3 }" },
        { "a property without its source", "author", "title: A person\nsummary: One sentence.\nlanguage: welsh\nproperties:\n  - { label: Home, value: Port Elwen }" },
        { "tables on a type that has none", "book", GoodBook + "\ntables:\n  - { id: table-1, caption: A table, columns: [A] }" },
        { "a table row with an unknown key", "catalogue", "title: A catalogue\nsummary: One sentence.\nissued: 1998-03-01\ntables:\n  - id: table-1\n    caption: A table\n    columns: [A]\n    rows:\n      - { cells: [x], colour: red }" },
        { "a note id that is not a slug", "book", GoodBook + "\nnotes: [Page count missing]" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_front_matter_fails_its_schema(string mistake, string type, string frontMatter)
    {
        var schema = SiteSchema.Read(BookshelfInput);
        var validator = new SchemaValidator(JsonSchemaSet.For(schema));
        var good = validator.Problems(JsonSchemaSet.FileFor(schema.TypeNamed(type)!), YamlAsJson.Parse(GoodFor(type)));
        Assert.True(good is null, $"the good {type} fails: {good}");
        Assert.False(validator.Problems(JsonSchemaSet.FileFor(schema.TypeNamed(type)!), YamlAsJson.Parse(frontMatter)) is null, $"{mistake} passes the schema");
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_front_matter_the_schema_refuses_the_build_refuses_too(string mistake, string type, string frontMatter)
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        BadInput.Corpus.CopyDir(BookshelfInput, input);
        var bad = Path.Combine(input, SiteSchema.Read(input).TypeNamed(type)!.Folder, "bad-case.md");
        File.WriteAllText(bad, $"---\n{frontMatter}\n---\nSee [[saltmarsh-spring-1998]].\n");
        var result = SiteBuilder.Build(new BuildOptions(input, folder.Combine("output"), RepoPaths.Theme, Write: false));
        Assert.True(result.Diagnostics.Any(d => d.IsError && d.Where.Path.EndsWith("bad-case.md", StringComparison.Ordinal)),
            $"{mistake}: the build accepts it:\n{string.Join("\n", result.Diagnostics)}");
    }

    [Theory]
    [InlineData("issued: 1998")]
    [InlineData("issued: 1998-03")]
    [InlineData("issued: '1998-03-01'")]
    public void A_date_passes_as_the_build_reads_it(string issued)
    {
        var schema = SiteSchema.Read(BookshelfInput);
        var validator = new SchemaValidator(JsonSchemaSet.For(schema));
        Assert.Null(validator.Problems(JsonSchemaSet.FileFor(schema.TypeNamed("catalogue")!), YamlAsJson.Parse($"title: A catalogue\nsummary: One sentence.\n{issued}")));
    }

    public static TheoryData<string, string, string> BadDataFiles => new()
    {
        { "a glossary entry without its definition", JsonSchemaSet.GlossaryFile, "- term: Colophon" },
        { "a glossary entry with an unknown key", JsonSchemaSet.GlossaryFile, "- term: Colophon\n  definition: A note.\n  meaning: A note." },
        { "a glossary that is a mapping", JsonSchemaSet.GlossaryFile, "term: Colophon\ndefinition: A note." },
        { "a reference status outside the list", JsonSchemaSet.BibliographyFile, "- key: quill1994\n  authors: Quill M.\n  title: A book\n  status: checked" },
        { "a reference DOI that is not a DOI", JsonSchemaSet.BibliographyFile, "- key: quill1994\n  authors: Quill M.\n  title: A book\n  status: verified\n  doi: doi.org/10.1/x" },
        { "a cited_by entry without its number", JsonSchemaSet.BibliographyFile, "- key: quill1994\n  authors: Quill M.\n  title: A book\n  status: verified\n  cited_by:\n    - source: saltmarsh-spring-1998" },
        { "a curation note without its text", JsonSchemaSet.CurationNotesFile, "- id: a-note\n  title: A note\n  source: saltmarsh-spring-1998\n  locator: Table 1" },
    };

    [Theory]
    [MemberData(nameof(BadDataFiles))]
    public void A_bad_data_file_fails_its_schema(string mistake, string schemaFile, string yaml)
    {
        var validator = new SchemaValidator(JsonSchemaSet.For(SiteSchema.Read(BookshelfInput)));
        Assert.False(validator.Problems(schemaFile, YamlAsJson.Parse(yaml)) is null, $"{mistake} passes the schema");
    }

    [Theory]
    [MemberData(nameof(BadDataFiles))]
    public void A_bad_data_file_the_schema_refuses_the_build_refuses_too(string mistake, string schemaFile, string yaml)
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        BadInput.Corpus.CopyDir(BookshelfInput, input);
        var data = DataFiles.Single(d => d.Schema == schemaFile).Data;
        File.WriteAllText(Path.Combine(input, "data", data), yaml + "\n");
        var result = SiteBuilder.Build(new BuildOptions(input, folder.Combine("output"), RepoPaths.Theme, Write: false));
        Assert.True(result.Diagnostics.Any(d => d.IsError && d.Where.Path.EndsWith(data, StringComparison.Ordinal)),
            $"{mistake}: the build accepts it:\n{string.Join("\n", result.Diagnostics)}");
    }

    [Fact]
    public void An_unquoted_number_passes_where_the_pattern_takes_digits_as_the_build_reads_it_as_text()
    {
        var schema = SiteSchema.Read(RepoPaths.Input);
        var validator = new SchemaValidator(JsonSchemaSet.For(schema));
        var source = schema.Types.First(t => t.IsProvenance);
        var front = "title: A paper\nsummary: One sentence.\nauthors: A B\njournal: J\nyear: 2020\npmid: 32580895";
        Assert.Null(validator.Problems(JsonSchemaSet.FileFor(source), YamlAsJson.Parse(front)));
        Assert.NotNull(validator.Problems(JsonSchemaSet.FileFor(source), YamlAsJson.Parse(front.Replace("32580895", "PMID32580895"))));
    }

    [Fact]
    public void Every_build_writes_the_same_bytes()
    {
        var schema = SiteSchema.Read(RepoPaths.Input);
        Assert.Equal(JsonSchemaSet.For(schema).Select(f => f.Content), JsonSchemaSet.For(SiteSchema.Read(RepoPaths.Input)).Select(f => f.Content));
    }

    [Fact]
    public void A_field_carries_its_label_and_help_for_the_editor_to_show()
    {
        var schema = SiteSchema.Read(BookshelfInput);
        var book = JsonSchemaSet.For(schema).Single(f => f.FileName == "book.schema.json");
        using var document = JsonDocument.Parse(book.Content);
        var year = document.RootElement.GetProperty("properties").GetProperty("year");
        Assert.Equal("First published", year.GetProperty("title").GetString());
        Assert.Equal("The year of the first edition.", year.GetProperty("description").GetString());
    }

    private static string GoodFor(string type) => type switch
    {
        "book" => GoodBook,
        "author" => "title: A person\nsummary: One sentence.\nlanguage: welsh",
        "publisher" => "title: A press\nsummary: One sentence.\ncity: Aldmoor\nindependent: false",
        "catalogue" => "title: A catalogue\nsummary: One sentence.\nissued: 1998-03-01",
        _ => throw new ArgumentException(type),
    };
}
