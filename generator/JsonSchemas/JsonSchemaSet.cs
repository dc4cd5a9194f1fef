using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JakKb.Model;

namespace JakKb.JsonSchemas;

/// <summary>
/// The JSON Schemas (draft 2020-12) an editor checks content with while it is typed: one per entity type for its
/// front matter, and one per data file. All are derived from the site's <see cref="Schema"/>, so they cannot drift
/// from what the build accepts; every build writes them to <see cref="Folder"/>, and <c>jakkb schema --json-schema</c>
/// to any folder. They declare draft 2020-12 but use only keywords that mean the same in draft-07, the draft the
/// YAML language server implements, so an editor enforces every rule.
/// </summary>
public static class JsonSchemaSet
{
    public const string Folder = "schemas";
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public const string GlossaryFile = "glossary.schema.json";
    public const string BibliographyFile = "bibliography.schema.json";
    public const string CurationNotesFile = "curation-notes.schema.json";

    /// <summary>The file name of <paramref name="type"/>'s front-matter schema, e.g. <c>book.schema.json</c>.</summary>
    public static string FileFor(EntityType type) => $"{type.Name}.schema.json";

    /// <summary>Every schema of the site, by file name, in a stable order.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> For(Schema schema)
    {
        var documents = new List<(string, JsonObject)>();
        foreach (var type in schema.Types)
            documents.Add((FileFor(type), FrontMatterSchema.For(schema, type)));
        documents.Add((GlossaryFile, DataFileSchemas.Glossary()));
        documents.Add((BibliographyFile, DataFileSchemas.Bibliography(schema)));
        documents.Add((CurationNotesFile, DataFileSchemas.CurationNotes(schema)));
        return documents.Select(d => (d.Item1, Serialize(d.Item2))).ToList();
    }

    /// <summary>Writes every schema into <paramref name="folder"/>, creating it; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTo(Schema schema, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, content) in For(schema))
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, content);
            written.Add(path);
        }
        return written;
    }

    /// <summary>
    /// Indented, with '\n' line ends whatever the platform, so every build writes the same bytes. The relaxed encoder
    /// leaves '+', quotes and non-ASCII letters as they are, so patterns and help texts read as written in schema.yml;
    /// it is safe here because these are JSON files of their own, never inlined in a page.
    /// </summary>
    private static byte[] Serialize(JsonObject document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            document.WriteTo(writer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
