using JakKb.Model;

namespace JakKb.Scaffolding;

/// <summary>
/// The YAML comment a scaffold lists its type's fields in. It is made from the site's <see cref="Schema"/>, which
/// the loader checks against, so it cannot drift from it.
/// </summary>
public static class FieldList
{
    /// <summary>The line of an archetype replaced by the list.</summary>
    public const string Placeholder = "# {{fields}}";

    private static readonly string[] RequiredCommon = ["title", "summary"];

    public static string For(Schema schema, EntityType type)
    {
        var required = RequiredCommon.Concat(type.Fields.Where(f => f.Required).Select(f => f.Name));
        var optional = schema.AllowedFields(type)
            .Except(required).Except(schema.DeclaredOn(type).Select(r => r.Field));
        var lines = new List<string>
        {
            $"# The fields a {type.Name} can have (docs/content-format.md explains each):",
            $"#   required: {string.Join(", ", required)}",
            $"#   optional: {string.Join(", ", optional)}",
        };
        var relations = schema.DeclaredOn(type).Select(r => $"{r.Field} (a list of {r.ToNames} ids)").ToList();
        if (relations.Count > 0) lines.Add($"#   relations: {string.Join(", ", relations)}");
        lines.Add("# In the text below, link a page with [[its-id]] and cite a reference with [@its-key] (input/data/bibliography.yml).");
        return string.Join("\n", lines);
    }
}
