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
        var type = EntityType.FromName(typeName) ?? EntityType.All.FirstOrDefault(t => t.Folder == typeName);
        if (type is null)
            return (false, $"Unknown type '{typeName}'; use one of: {string.Join(", ", EntityType.All.Select(t => t.Name))}.");
        if (!Slugs.IsSafe(id))
            return (false, $"'{id}' is not a safe id; use lower-case letters, digits and single hyphens, e.g. '{Slugs.From(id)}'.");
        var target = Path.Combine(inputDir, type.Folder, id + ".md");
        if (File.Exists(target)) return (false, $"{target} already exists; edit it instead.");
        var archetype = theme.Find(Path.Combine(Theme.Archetypes, type.Name + ".md")) ?? theme.Find(Path.Combine(Theme.Archetypes, "default.md"));
        if (archetype is null) return (false, $"The theme has no archetype for '{type.Name}' nor default.md under {Theme.Archetypes}/.");
        var text = File.ReadAllText(archetype).ReplaceLineEndings("\n")
            .Replace("{{id}}", id, StringComparison.Ordinal)
            .Replace(FieldList.Placeholder, FieldList.For(type), StringComparison.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        return (true, $"Created {target.Replace('\\', '/')}. Fill it in, then connect it: declare a relation in it, or write [[{id}]] on a related page; until then, builds warn JKB0081.");
    }
}
