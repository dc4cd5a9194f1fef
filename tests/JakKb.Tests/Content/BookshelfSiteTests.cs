using AngleSharp.Html.Parser;
using JakKb.Building;
using JakKb.JsonSchemas;
using JakKb.Tests.JsonSchemas;
using JakKb.Tests.Support;

namespace JakKb.Tests.Content;

/// <summary>The fictional Bookshelf site (Content/Bookshelf/), built with the default theme into a temporary folder.</summary>
public sealed class BookshelfSiteFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public BookshelfSiteFixture() => Result = SiteBuilder.Build(new BuildOptions(JsonSchemaSetTests.BookshelfInput, Output, RepoPaths.Theme));

    public BuildResult Result { get; }

    public string Output => _folder.Combine("site");

    public AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// A knowledge base of another field, with its own schema.yml, builds with the same generator and the default theme
/// (issue 13, item 7): no C# knows books, authors, publishers or catalogues.
/// </summary>
public class BookshelfSiteTests(BookshelfSiteFixture site) : IClassFixture<BookshelfSiteFixture>
{
    [Fact]
    public void It_builds_without_errors_or_warnings() =>
        Assert.True(site.Result.Succeeded && site.Result.Diagnostics.Count == 0, string.Join("\n", site.Result.Diagnostics));

    [Theory]
    [InlineData("index.html")]
    [InlineData("books/index.html")]
    [InlineData("authors/index.html")]
    [InlineData("publishers/index.html")]
    [InlineData("catalogues/index.html")]
    [InlineData("books/the-tidewater-almanac/index.html")]
    [InlineData("books/small-hours/index.html")]
    [InlineData("books/letters-from-the-salt-road/index.html")]
    [InlineData("authors/mara-quill/index.html")]
    [InlineData("authors/tomas-reyn/index.html")]
    [InlineData("authors/ines-vardy/index.html")]
    [InlineData("publishers/saltmarsh-press/index.html")]
    [InlineData("publishers/lantern-house/index.html")]
    [InlineData("catalogues/saltmarsh-spring-1998/index.html")]
    [InlineData("glossary/index.html")]
    [InlineData("references/index.html")]
    [InlineData("curation-notes/index.html")]
    [InlineData("schemas/book.schema.json")]
    [InlineData("schemas/catalogue.schema.json")]
    [InlineData("schemas/glossary.schema.json")]
    public void It_has_a_page_for_every_type_and_entity(string path) => Assert.True(File.Exists(Path.Combine(site.Output, path)), path);

    [Fact]
    public void No_JAK_type_leaks_into_it() =>
        Assert.All(new[] { "kinases", "drugs", "trials", "cytokines", "conditions", "sources" },
            folder => Assert.False(Directory.Exists(Path.Combine(site.Output, folder)), folder));

    [Theory]
    [InlineData("books/the-tidewater-almanac/index.html", "../../authors/mara-quill/", "Written by")]
    [InlineData("books/letters-from-the-salt-road/index.html", "../../authors/ines-vardy/", "Written by")]
    [InlineData("books/letters-from-the-salt-road/index.html", "../../publishers/lantern-house/", "Published by")]
    [InlineData("catalogues/saltmarsh-spring-1998/index.html", "../../publishers/saltmarsh-press/", "Issued by")]
    public void A_relation_shows_on_the_declaring_page(string page, string target, string label)
    {
        var related = site.Page(page).QuerySelector(".related");
        Assert.NotNull(related);
        Assert.Contains(related.QuerySelectorAll("a"), a => a.GetAttribute("href") == target);
        Assert.Contains(label, related.TextContent);
    }

    [Theory]
    [InlineData("authors/mara-quill/index.html", "../../books/the-tidewater-almanac/", "Books")]
    [InlineData("authors/ines-vardy/index.html", "../../books/letters-from-the-salt-road/", "Books")]
    [InlineData("publishers/lantern-house/index.html", "../../books/letters-from-the-salt-road/", "Books published")]
    [InlineData("publishers/saltmarsh-press/index.html", "../../catalogues/saltmarsh-spring-1998/", "Catalogues")]
    public void A_relation_shows_as_a_backlink_on_the_target_page(string page, string from, string label)
    {
        var related = site.Page(page).QuerySelector(".related");
        Assert.NotNull(related);
        Assert.Contains(related.QuerySelectorAll("a.backlink"), a => a.GetAttribute("href") == from);
        Assert.Contains(label, related.TextContent);
    }

    [Fact]
    public void A_relation_s_provenance_shows_on_both_pages()
    {
        foreach (var page in new[] { "books/letters-from-the-salt-road/index.html", "authors/ines-vardy/index.html" })
        {
            var related = site.Page(page).QuerySelector(".related")!;
            Assert.Contains(related.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../catalogues/saltmarsh-spring-1998/");
            Assert.Contains("translator", related.TextContent);
        }
    }

    [Fact]
    public void Its_built_json_schemas_validate_its_content()
    {
        var folder = Path.Combine(site.Output, JsonSchemaSet.Folder);
        var validator = new SchemaValidator(Directory.GetFiles(folder, "*.schema.json").Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))));
        var input = JsonSchemaSetTests.BookshelfInput;
        foreach (var (folderName, schemaFile) in new[] { ("books", "book"), ("authors", "author"), ("publishers", "publisher"), ("catalogues", "catalogue") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(input, folderName), "*.md"))
            {
                var problems = validator.Problems($"{schemaFile}.schema.json", YamlAsJson.FrontMatter(File.ReadAllText(file)));
                Assert.True(problems is null, $"{file}:\n{problems}");
            }
        }
        Assert.Null(validator.Problems(JsonSchemaSet.GlossaryFile, YamlAsJson.Parse(File.ReadAllText(Path.Combine(input, "data", "glossary.yml")))));
        Assert.Null(validator.Problems(JsonSchemaSet.BibliographyFile, YamlAsJson.Parse(File.ReadAllText(Path.Combine(input, "data", "bibliography.yml")))));
        Assert.Null(validator.Problems(JsonSchemaSet.CurationNotesFile, YamlAsJson.Parse(File.ReadAllText(Path.Combine(input, "data", "curation-notes.yml")))));
    }

    [Fact]
    public void Its_fact_names_its_source_document()
    {
        var facts = site.Page("books/the-tidewater-almanac/index.html").QuerySelector("#fact-print-run");
        Assert.NotNull(facts);
        Assert.Contains("1,500", facts.TextContent);
        Assert.Contains(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../catalogues/saltmarsh-spring-1998/");
    }
}
