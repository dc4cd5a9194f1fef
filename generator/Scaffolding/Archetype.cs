using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Rendering;

namespace JakKb.Scaffolding;

/// <summary>
/// <c>jakkb new &lt;type&gt; &lt;id&gt;</c>: copies the type's archetype to input/&lt;type&gt;/&lt;id&gt;.md, as <c>hugo new</c> does,
/// with the type's fields listed in a comment. A scaffold builds as it is: no placeholder is read as a link or a citation.
/// </summary>
public static class Archetype
{
    public static (bool Ok, string Message) Create(Theme theme, string inputDir, string typeName, string id)
    {
        var schemaFile = Path.Combine(inputDir, SchemaReader.FileName);
        if (!File.Exists(schemaFile))
            return (false, $"{schemaFile.Replace('\\', '/')} is missing; create it with the site's types first (docs/content-format.md, \"The schema\").");
        var diagnostics = new DiagnosticBag();
        var schema = SchemaReader.Read(schemaFile.Replace('\\', '/'), File.ReadAllText(schemaFile), diagnostics);
        if (schema is null)
            return (false, $"{SchemaReader.FileName} has errors; fix them first:\n{string.Join("\n", diagnostics.Sorted())}");
        var type = schema.TypeNamed(typeName) ?? schema.TypeInFolder(typeName);
        if (type is null)
        {
            var suggestion = FieldNames.Closest(typeName, schema.Types.Select(t => t.Name));
            return (false, $"Unknown type '{typeName}'; " + (suggestion is null ? "" : $"did you mean '{suggestion}'? ") +
                $"Use one of: {string.Join(", ", schema.Types.Select(t => t.Name))}, or declare it in {SchemaReader.FileName}.");
        }
        if (!Slugs.IsSafe(id))
            return (false, $"'{id}' is not a safe id; use lower-case letters, digits and single hyphens, e.g. '{Slugs.From(id)}'.");
        var target = Path.Combine(inputDir, type.Folder, id + ".md");
        if (File.Exists(target)) return (false, $"{target} already exists; edit it instead.");
        var archetype = theme.Find(Path.Combine(Theme.Archetypes, type.Name + ".md")) ?? theme.Find(Path.Combine(Theme.Archetypes, "default.md"));
        if (archetype is null) return (false, $"The theme has no archetype for '{type.Name}' nor default.md under {Theme.Archetypes}/.");
        var text = File.ReadAllText(archetype).ReplaceLineEndings("\n")
            .Replace("{{id}}", id, StringComparison.Ordinal)
            .Replace(FieldList.Placeholder, FieldList.For(schema, type), StringComparison.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        return (true, $"Created {target.Replace('\\', '/')}. Fill it in, then connect it: declare a relation in it, or write [[{id}]] on a related page; until then, builds warn JKB0081.");
    }
}
