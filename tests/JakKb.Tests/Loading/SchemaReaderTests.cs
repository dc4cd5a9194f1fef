using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Loading;

public class SchemaReaderTests
{
    private const string Path = "input/schema.yml";

    private static (Schema? Schema, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var schema = SchemaReader.Read(Path, yaml.ReplaceLineEndings("\n"), bag);
        return (schema, bag.Sorted());
    }

    /// <summary>A schema with one type and one relation, to which each test adds the mistake it is about.</summary>
    private const string Books = """
        types:
          - name: book
            folder: books
            fields:
              - { name: year, kind: integer, label: Year }
          - name: author
            folder: authors
        relations:
          - { field: written_by, from: [book], to: [author], label: Written by, backlink: Books }
        identifiers:
          - { scheme: isbn, label: ISBN, pattern: '^\d{13}$', url: "https://example.org/isbn/{id}" }
        """;

    private static Diagnostic Single(string yaml, string code)
    {
        var (schema, diagnostics) = Read(yaml);
        Assert.Null(schema);
        return Assert.Single(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void The_knowledge_base_declares_its_types_fields_relations_and_identifier_schemes()
    {
        var schema = JakSchema.Schema;
        Assert.Equal(["kinase", "drug", "trial", "cytokine", "condition", "source", "protein", "pathway", "virus"], schema.Types.Select(t => t.Name));
        Assert.Equal(["design", "phase", "population", "n"], JakSchema.Trial.Fields.Select(f => f.Name));
        Assert.True(JakSchema.Source.IsProvenance);
        Assert.True(JakSchema.Source.HasTables);
        Assert.True(JakSchema.Cytokine.Fields.Single(f => f.Name == "receptor_chains").IsList);
        Assert.Equal(FieldKind.Boolean, JakSchema.Cytokine.Fields.Single(f => f.Name == "jak_dependent").Kind);
        var targets = schema.Relations.Single(r => r.Field == "targets");
        Assert.Equal([JakSchema.Kinase, JakSchema.Type("protein")], targets.To);
        Assert.Equal("Targeted by", targets.BacklinkLabel);
        Assert.Equal("https://www.uniprot.org/uniprotkb/O60674/entry", schema.Identifiers["uniprot"].Url("O60674"));
        Assert.Equal("https://doi.org/10.1056/NEJMoa2001017", schema.Identifiers["doi"].Url("10.1056/NEJMoa2001017"));
    }

    [Fact]
    public void A_valid_schema_reads_without_diagnostics_and_knows_its_hash()
    {
        var (schema, diagnostics) = Read(Books);
        Assert.Empty(diagnostics);
        Assert.NotNull(schema);
        Assert.NotEqual(default, schema.Hash);
        Assert.Equal(["title", "aliases", "summary", "identifiers", "properties", "facts", "notes", "year", "written_by"], schema.AllowedFields(schema.TypeNamed("BOOK")!));
        Assert.Equal("authors", schema.TypeInFolder("authors")!.Folder);
        Assert.NotEqual(schema.Hash, Read(Books + "\n# edited\n").Schema!.Hash);
    }

    [Fact]
    public void An_unknown_key_is_reported_where_it_is_written_with_the_closest_name()
    {
        var d = Single(Books.Replace("    folder: authors", "    foldr: authors"), DiagnosticCodes.UnknownField);
        Assert.Equal(new SourceSpan(Path, 7, 5), d.Where);
        Assert.Contains("Did you mean 'folder'?", d.Message);
    }

    [Theory]
    [InlineData("  - name: author\n    folder: writers\n", "The type 'author' is declared twice")]
    [InlineData("  - name: poet\n    folder: authors\n", "The type folder 'authors' is declared twice")]
    public void A_type_or_folder_declared_twice_is_refused(string extra, string message)
    {
        var d = Single(Books.Replace("relations:", extra + "relations:"), DiagnosticCodes.SchemaDuplicateName);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void A_field_or_relation_declared_twice_is_refused()
    {
        Assert.Contains("The field 'year' of type 'book' is declared twice",
            Single(Books.Replace("      - { name: year, kind: integer, label: Year }", "      - { name: year, kind: integer }\n      - { name: year, kind: text }"), DiagnosticCodes.SchemaDuplicateName).Message);
        Assert.Contains("The relation 'written_by' is declared twice",
            Single(Books.Replace("identifiers:", "  - { field: written_by, from: [author], to: [book], label: Wrote, backlink: By }\nidentifiers:"), DiagnosticCodes.SchemaDuplicateName).Message);
    }

    [Fact]
    public void A_relation_from_or_to_an_unknown_type_is_refused_with_the_closest_name()
    {
        var d = Single(Books.Replace("to: [author]", "to: [autor]"), DiagnosticCodes.SchemaUnknownType);
        Assert.Equal(9, d.Where.Line);
        Assert.Contains("Did you mean 'author'?", d.Message);
        Assert.Contains("'publisher' in 'from'", Single(Books.Replace("from: [book]", "from: [publisher]"), DiagnosticCodes.SchemaUnknownType).Message);
    }

    [Theory]
    [InlineData("https://example.org/isbn/")]
    [InlineData("javascript:alert('{id}')")]
    public void A_url_template_must_be_a_web_address_with_a_place_for_the_id(string url) =>
        Assert.Contains("'{id}'", Single(Books.Replace("https://example.org/isbn/{id}", url), DiagnosticCodes.SchemaUrlTemplate).Message);

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_is_refused_at_the_pattern()
    {
        var d = Single(Books.Replace(@"'^\d{13}$'", "'^(unclosed'"), DiagnosticCodes.SchemaBadPattern);
        Assert.Equal(11, d.Where.Line);
        Assert.Contains("not a valid regular expression", d.Message);
    }

    [Fact]
    public void An_unknown_field_kind_lists_the_kinds_and_suggests_the_closest()
    {
        var d = Single(Books.Replace("kind: integer", "kind: integr"), DiagnosticCodes.SchemaUnknownFieldKind);
        Assert.Contains("Did you mean 'integer'?", d.Message);
        Assert.Contains("text, markdown, number, integer, date, url, enum, ref, boolean", d.Message);
    }

    [Theory]
    [InlineData("glossary")]
    [InlineData("assets")]
    [InlineData("api")]
    [InlineData("search")]
    [InlineData("references")]
    [InlineData("curation-notes")]
    [InlineData("graph")]
    [InlineData("data")]
    public void A_type_folder_may_not_be_a_folder_of_the_sites_own_pages(string folder) =>
        Assert.Contains($"The folder '{folder}' of type 'author'", Single(Books.Replace("folder: authors", $"folder: {folder}"), DiagnosticCodes.SchemaReservedFolder).Message);

    [Fact]
    public void An_enum_needs_its_values_and_a_ref_its_types()
    {
        Single(Books.Replace("kind: integer", "kind: enum"), DiagnosticCodes.SchemaInvalidValue);
        Single(Books.Replace("kind: integer", "kind: ref"), DiagnosticCodes.SchemaInvalidValue);
    }

    [Fact]
    public void A_qualifier_may_not_take_the_name_of_a_provenance_key() =>
        Assert.Contains("may not be called 'source'",
            Single(Books.Replace("backlink: Books }", "backlink: Books, qualifiers: { source: [] } }"), DiagnosticCodes.SchemaInvalidValue).Message);

    [Fact]
    public void Malformed_yaml_is_one_diagnostic_and_no_schema() => Single("types: [\n  - name: x", DiagnosticCodes.YamlSyntax);

    [Fact]
    public void The_schema_reads_its_graph_and_qualifiers()
    {
        var (schema, diagnostics) = Read(Books.Replace("backlink: Books }", "backlink: Books, qualifiers: { status: [draft, final], note: [] } }")
            + "\ngraph: { columns: [author, book], anchor: book, legend: an author writes a book }\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["draft", "final"], schema!.Relations[0].Qualifiers["status"]);
        Assert.Empty(schema.Relations[0].Qualifiers["note"]);
        Assert.Equal(["author", "book"], schema.Graph.Columns);
        Assert.Equal(("book", "an author writes a book"), (schema.Graph.Anchor, schema.Graph.Legend));
    }
}
