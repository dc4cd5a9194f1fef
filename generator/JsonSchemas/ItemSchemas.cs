using System.Text.Json.Nodes;
using JakKb.Model;
using static JakKb.JsonSchemas.JsonShapes;

namespace JakKb.JsonSchemas;

/// <summary>
/// The schemas of the built-in list items: identifiers, properties, facts, relation items and source tables. Their
/// keys are those the loader accepts (a test holds the two together).
/// </summary>
internal static class ItemSchemas
{
    /// <summary>An identifier: its scheme is one the site declares, and its value must match that scheme's pattern.</summary>
    public static JsonObject Identifier(Schema schema)
    {
        var item = Object(
            [
                ("scheme", Enum(schema.Identifiers.Keys, "The identifier scheme, as declared under 'identifiers:' in schema.yml.")),
                ("value", Text("The identifier exactly as the database shows it.")),
                ("source", Text("The database where the identifier was checked.")),
                ("checked", Checked()),
            ],
            ["scheme", "value", "source"]);
        var rules = new JsonArray();
        foreach (var scheme in schema.Identifiers.Values.Where(s => s.Pattern is not null))
        {
            rules.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["scheme"] = new JsonObject { ["const"] = scheme.Key } }, ["required"] = new JsonArray("scheme") },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["value"] = Pattern(scheme.Pattern!, $"A {scheme.Label} identifier.") } },
            });
        }
        if (rules.Count > 0) item["allOf"] = rules;
        return item;
    }

    public static JsonObject Property() => Object(
        [
            ("label", Text()),
            ("value", Text()),
            ("source", Text("Where the value was checked.")),
            ("cites", ListOf(Slug(), "Keys of references in data/bibliography.yml the value rests on.")),
            ("checked", Checked()),
        ],
        ["label", "value", "source"]);

    /// <summary>When a value was looked up in its database: 'no', or the month or day (YYYY-MM, YYYY-MM-DD).</summary>
    private static JsonObject Checked() =>
        Pattern("^(no|[0-9]{4}-[0-9]{2}(-[0-9]{2})?)$", "'no', or when the value was looked up: YYYY-MM or YYYY-MM-DD.");

    public static JsonObject Fact(Schema schema) => Object(
        [
            ("id", Slug("The fact's anchor on the page.")),
            ("label", Text("What the value is.")),
            ("value", Text("Exactly as the source prints it.")),
            ("kind", Enum(["quantitative", "qualitative"], "'qualitative' when the value is the source's words, shown as a quotation.")),
            ("unit", Text()),
            ("comparator", Text()),
            ("n", Text()),
            ("p", Text()),
            ("timeframe", Text()),
            ("source", ProvenanceSource(schema)),
            ("locator", Text("Where in the source, e.g. 'Table 1' or a section title.")),
            ("cites", ListOf(Slug(), "Keys of references in data/bibliography.yml the source cites for it.")),
            ("cites_inferred", ListOf(Slug(), "Keys of references the curators matched to it; the source prints no citation there.")),
            ("concerns", ListOf(Slug(), "Ids of the pages the fact is about.")),
            ("notes", ListOf(Slug(), "Ids of curation notes.")),
            ("measure", Enum(schema.Measures.Select(m => m.Key), "What the value measures, as declared under 'measures:' in schema.yml; charts pick facts by it.")),
            ("subgroup", Text("The subgroup or arm the value describes, when not the whole study.")),
            ("quote", AnyOf(Text("The exact words of the source the value rests on."), Object(
                [
                    ("exact", Text("The exact words of the source the value rests on.")),
                    ("prefix", Text("Words just before them, when the exact words occur more than once.")),
                    ("suffix", Text("Words just after them, when the exact words occur more than once.")),
                ],
                ["exact"]))),
        ],
        ["label", "value", "source", "locator"]);

    /// <summary>A relation's list: each item a bare id, or an object with the id, its provenance and the relation's qualifiers.</summary>
    public static JsonObject Relation(RelationKind relation)
    {
        var to = string.Join(" or ", relation.To.Select(t => t.Name));
        var properties = new List<(string, JsonObject)>
        {
            ("id", Slug($"The id of a page of type {to}.")),
            ("source", Slug("The id of the source document that states the relation.")),
            ("locator", Text("Where in the source.")),
            ("cites", ListOf(Slug(), "Keys of references the source cites for it.")),
            ("cites_inferred", ListOf(Slug(), "Keys of references the curators matched to it; the source prints no citation there.")),
            ("notes", ListOf(Slug(), "Ids of curation notes.")),
        };
        foreach (var (name, values) in relation.Qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal))
            properties.Add((name, values.Count > 0 ? Enum(values) : Text()));
        var stated = Object(properties, ["id"]);
        // A locator says where in a source; the build refuses one without the source it points into. Written as
        // if/then rather than 2020-12's dependentRequired, which draft-07 validators (the YAML extension's) skip.
        stated["if"] = new JsonObject { ["required"] = new JsonArray("locator") };
        stated["then"] = new JsonObject { ["required"] = new JsonArray("source") };
        var item = AnyOf(Slug($"The id of a page of type {to}."), stated);
        var list = ListOf(item, $"{relation.ForwardLabel}: ids of {to} pages; shown as '{relation.BacklinkLabel}' on each.");
        list["title"] = relation.ForwardLabel;
        return list;
    }

    public static JsonObject Table() => Object(
        [
            ("id", Slug("The table's anchor, e.g. table-1.")),
            ("caption", Text()),
            ("columns", ListOf(Text(), "The column headings.")),
            ("rows", ListOf(Object(
                [
                    ("cells", ListOf(Text(), "One cell per column, as printed.")),
                    ("concerns", ListOf(Slug())),
                    ("cites", ListOf(Slug())),
                    ("cites_inferred", ListOf(Slug(), "Keys of references the curators matched to it; the source prints no citation there.")),
                    ("corrections", ListOf(Object(
                        [
                            ("column", Integer("The cell number, from 1.")),
                            ("printed", Text("What the source prints.")),
                            ("note", Slug("The curation note explaining the correction.")),
                        ],
                        ["column", "printed", "note"]))),
                    ("notes", ListOf(Slug())),
                ],
                []))),
            ("notes", ListOf(Slug(), "Ids of curation notes on the whole table.")),
        ],
        ["id", "caption", "columns"]);

    /// <summary>A fact's source: the id of a page of a provenance type.</summary>
    public static JsonObject ProvenanceSource(Schema schema)
    {
        var types = schema.Types.Where(t => t.IsProvenance).Select(t => t.Folder + "/").ToList();
        return Slug(types.Count == 0 ? "The id of a source document." : $"The id of a source document in {string.Join(" or ", types)}.");
    }
}
