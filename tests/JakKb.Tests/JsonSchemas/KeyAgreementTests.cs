using System.Text.Json;
using System.Text.RegularExpressions;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.JsonSchemas;
using JakKb.Tests.BadInput;
using JakKb.Tests.Support;

namespace JakKb.Tests.JsonSchemas;

/// <summary>
/// The schemas and the loader cannot drift apart: for every mapping the loader reads (front matter, identifier,
/// property, fact, relation item, table, row, correction and each data file's entry), the keys it lists when it
/// refuses an unknown one are exactly the keys of one object of the generated schemas.
/// </summary>
public partial class KeyAgreementTests
{
    private const string Unknown = "zzzzzzzzzzzzzzzz";

    [GeneratedRegex(@"^Unknown field '" + Unknown + @"' in (?<what>.+?)\. Remove it; .+? accepts: (?<keys>.+)\.$")]
    private static partial Regex Refusal();

    [Fact]
    public void Every_mapping_the_loader_reads_has_a_schema_object_with_exactly_its_keys()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        Corpus.CopyDir(JsonSchemaSetTests.BookshelfInput, input);
        Inject(Path.Combine(input, "books", "the-tidewater-almanac.md"), [
            ("title: The Tidewater Almanac", $"title: The Tidewater Almanac\n{Unknown}: x"),
            ("    value: \"SM-014\"", $"    value: \"SM-014\"\n    {Unknown}: x"),
            ("    role: author", $"    role: author\n    {Unknown}: x"),
            ("    unit: copies", $"    unit: copies\n    {Unknown}: x"),
        ]);
        Inject(Path.Combine(input, "authors", "mara-quill.md"), [("    value: Port Elwen", $"    value: Port Elwen\n    {Unknown}: x")]);
        Inject(Path.Combine(input, "catalogues", "saltmarsh-spring-1998.md"), [
            ("    caption:", $"    {Unknown}: x\n    caption:"),
            ("        concerns: [small-hours]", $"        concerns: [small-hours]\n        {Unknown}: x\n        corrections:\n          - {{ column: 1, printed: x, note: spring-1998-page-count, {Unknown}: x }}"),
        ]);
        Inject(Path.Combine(input, "data", "glossary.yml"), [("- term: Colophon", $"- term: Colophon\n  {Unknown}: x")]);
        Inject(Path.Combine(input, "data", "bibliography.yml"), [
            ("- key: quill1994", $"- key: quill1994\n  {Unknown}: x"),
            ("      number: 1", $"      number: 1\n      {Unknown}: x"),
        ]);
        Inject(Path.Combine(input, "data", "curation-notes.yml"), [("- id: spring-1998-page-count", $"- id: spring-1998-page-count\n  {Unknown}: x")]);

        var result = SiteBuilder.Build(new BuildOptions(input, folder.Combine("output"), RepoPaths.Theme, Write: false));
        var refusals = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownField)
            .Select(d => Refusal().Match(d.Message)).Where(m => m.Success)
            .Select(m => (What: m.Groups["what"].Value, Keys: m.Groups["keys"].Value.Split(", ").Order(StringComparer.Ordinal).ToList()))
            .ToList();
        Assert.True(refusals.Count >= 12, $"expected a refusal per mapping, got:\n{string.Join("\n", result.Diagnostics)}");

        var objects = JsonSchemaSet.For(SiteSchema.Read(input))
            .SelectMany(f => ObjectKeySets(JsonDocument.Parse(f.Content).RootElement)).ToList();
        foreach (var (what, keys) in refusals)
            Assert.True(objects.Any(o => o.SequenceEqual(keys)), $"No schema object has exactly the keys of {what}: {string.Join(", ", keys)}");
    }

    private static void Inject(string path, (string After, string With)[] edits)
    {
        var text = File.ReadAllText(path);
        foreach (var (after, with) in edits)
        {
            Assert.Contains(after, text);
            var at = text.IndexOf(after, StringComparison.Ordinal);
            text = text[..at] + with + text[(at + after.Length)..];
        }
        File.WriteAllText(path, text);
    }

    /// <summary>The property names of every object schema in <paramref name="schema"/>, each sorted.</summary>
    private static IEnumerable<List<string>> ObjectKeySets(JsonElement schema)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.Object:
                if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
                    yield return properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                foreach (var child in schema.EnumerateObject().SelectMany(p => ObjectKeySets(p.Value)))
                    yield return child;
                break;
            case JsonValueKind.Array:
                foreach (var child in schema.EnumerateArray().SelectMany(ObjectKeySets))
                    yield return child;
                break;
        }
    }
}
