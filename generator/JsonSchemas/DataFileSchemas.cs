using System.Text.Json.Nodes;
using JakKb.Model;
using static JakKb.JsonSchemas.JsonShapes;

namespace JakKb.JsonSchemas;

/// <summary>The schemas of the data files: each a list of entries with exactly the keys the loader reads.</summary>
internal static class DataFileSchemas
{
    public static JsonObject Glossary() => Document("Glossary (input/data/glossary.yml)", "Abbreviations and technical terms, each with a plain definition.",
        Object(
            [
                ("term", Text("The term as it appears in text.")),
                ("expansion", Text("What an abbreviation stands for.")),
                ("definition", Text("Plain text a non-specialist understands.")),
                ("aliases", ListOf(Text(), "Other spellings that link to the term.")),
            ],
            ["term", "definition"]));

    public static JsonObject Bibliography(Schema schema) => Document("Bibliography (input/data/bibliography.yml)", "The references the source documents cite.",
        Object(
            [
                ("key", Slug("The key citations use, e.g. kim2013.")),
                ("authors", Text()),
                ("title", Text()),
                ("journal", Text()),
                ("year", Text()),
                ("details", Text("Volume, issue and pages.")),
                ("doi", Pattern("^10\\.[0-9.]+/\\S+$", "As printed after https://doi.org/.")),
                ("pmid", Integer("The PubMed id, a number.")),
                ("status", Enum(Reference.Statuses, "Whether the reference was found as printed.")),
                ("status_note", Text("How the status was checked.")),
                ("supports_claim", Boolean("false when the record is right but the work does not support the claim it is cited for.")),
                ("cited_by", ListOf(Object(
                    [
                        ("source", ItemSchemas.ProvenanceSource(schema)),
                        ("number", Integer("The reference's position in that source's list.")),
                        ("printed_number", Pattern("^[0-9][A-Za-z0-9]{0,9}$", "The number the list prints for it, without brackets or full stop.")),
                    ],
                    ["source", "number"]))),
                ("notes", ListOf(Slug(), "Ids of curation notes.")),
                ("corrected_by", Slug("The key of the reference this one should have been.")),
                ("origin", Enum(["source", "outside"], "'outside' for a reference the curators added, which no source document cites.")),
            ],
            ["key", "authors", "title", "status"]));

    public static JsonObject CurationNotes(Schema schema) => Document("Curation notes (input/data/curation-notes.yml)", "Problems found in the source documents and how the site shows them.",
        Object(
            [
                ("id", Slug("The id facts and pages use in 'notes:'.")),
                ("title", Text()),
                ("source", ItemSchemas.ProvenanceSource(schema)),
                ("locator", Text("Where in the source.")),
                ("text", Text("Markdown.")),
            ],
            ["id", "title", "source", "locator", "text"]));

    private static JsonObject Document(string title, string description, JsonObject entry) => new()
    {
        ["$schema"] = JsonSchemaSet.Draft,
        ["title"] = title,
        ["description"] = description,
        ["type"] = "array",
        ["items"] = entry,
    };
}
