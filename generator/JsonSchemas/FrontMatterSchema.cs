using System.Text.Json.Nodes;
using JakKb.Model;
using static JakKb.JsonSchemas.JsonShapes;

namespace JakKb.JsonSchemas;

/// <summary>
/// The schema of one entity type's front matter: the common fields, the type's own fields, the relations it
/// declares, and <c>tables</c> where the type has them; no other key.
/// </summary>
internal static class FrontMatterSchema
{
    public static JsonObject For(Schema schema, EntityType type)
    {
        var properties = new List<(string, JsonObject)>
        {
            ("title", Text("The page title.")),
            ("aliases", ListOf(Text(), "Other names, found by search and by wiki links.")),
            ("summary", Text("One sentence shown in lists.")),
            ("identifiers", ListOf(ItemSchemas.Identifier(schema), "Identifiers in outside databases.")),
            ("properties", ListOf(ItemSchemas.Property(), "Labelled values, each with where it was checked.")),
            ("facts", ListOf(ItemSchemas.Fact(schema), "Values a source document prints, each with its provenance.")),
            ("notes", ListOf(Slug(), "Ids of curation notes in data/curation-notes.yml.")),
        };
        properties.AddRange(type.Fields.Select(f => (f.Name, FieldSchema.For(f))));
        properties.AddRange(schema.DeclaredOn(type).Select(r => (r.Field, ItemSchemas.Relation(r))));
        if (type.HasTables) properties.Add(("tables", ListOf(ItemSchemas.Table(), "The source's tables, as printed.")));
        if (type.IsProvenance)
        {
            properties.Add(("text", Text("The document's text file, relative to the folder that holds input/.")));
            properties.Add(("text_licence", Text("The licence of that text.")));
            properties.Add(("show_text", Boolean("Whether the licence lets the site show the text.")));
        }

        var result = new JsonObject
        {
            ["$schema"] = JsonSchemaSet.Draft,
            ["title"] = $"{type.Singular} (front matter of a file in {type.Folder}/)",
        };
        var body = Object(properties, ["title", "summary", .. type.Fields.Where(f => f.Required).Select(f => f.Name)], type.Description);
        // Moved under '$schema' and 'title', which a reader of the file looks for first.
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            result[key] = value;
        }
        return result;
    }
}
