using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JakKb.Model;

namespace JakKb.JsonSchemas;

/// <summary>
/// The building blocks every schema shares. YAML front matter is read by editors as YAML 1.2, where <c>year: 1994</c>
/// is a number and <c>'1994'</c> a string, while the loader reads any scalar as text; so a text field accepts any
/// scalar, and a number field a number or a string of digits.
/// </summary>
internal static class JsonShapes
{
    /// <summary>ECMA-262 form of <see cref="Slugs.IsSafe"/>'s pattern.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static JsonObject Text(string? description = null) =>
        Describe(new JsonObject { ["type"] = Types("string", "number", "boolean"), ["minLength"] = 1 }, description);

    public static JsonObject Slug(string? description = null) =>
        Describe(new JsonObject { ["type"] = "string", ["pattern"] = SlugPattern, ["maxLength"] = 80 }, description);

    /// <summary>
    /// Text matching <paramref name="pattern"/>. Where a run of digits matches (a PMID's '^\d+$'), an unquoted number
    /// is accepted too, as the build reads <c>pmid: 32580895</c> as the text "32580895".
    /// </summary>
    public static JsonObject Pattern(string pattern, string? description = null)
    {
        var text = new JsonObject { ["type"] = "string", ["pattern"] = pattern };
        var digits = Regex.IsMatch("123", pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        return Describe(digits ? AnyOf(text, new JsonObject { ["type"] = "integer", ["minimum"] = 0 }) : text, description);
    }

    public static JsonObject Integer(string? description = null) =>
        Describe(AnyOf(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string", ["pattern"] = "^[-+]?[0-9]+$" }), description);

    public static JsonObject Number(string? description = null) =>
        Describe(AnyOf(new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "string", ["pattern"] = "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$" }), description);

    public static JsonObject Boolean(string? description = null) =>
        Describe(AnyOf(new JsonObject { ["type"] = "boolean" }, Enum(["true", "false"])), description);

    public static JsonObject Enum(IEnumerable<string> values, string? description = null) =>
        Describe(new JsonObject { ["enum"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]) }, description);

    public static JsonObject ListOf(JsonObject item, string? description = null) =>
        Describe(new JsonObject { ["type"] = "array", ["items"] = item }, description);

    public static JsonObject AnyOf(params JsonObject[] options) => new() { ["anyOf"] = new JsonArray([.. options]) };

    /// <summary>A mapping with exactly these keys (an editor then flags a misspelt one), of which <paramref name="required"/> must be there.</summary>
    public static JsonObject Object(IEnumerable<(string Name, JsonObject Schema)> properties, IEnumerable<string> required, string? description = null)
    {
        var props = new JsonObject();
        foreach (var (name, schema) in properties) props[name] = schema;
        var result = new JsonObject { ["type"] = "object", ["properties"] = props, ["additionalProperties"] = false };
        var must = required.ToList();
        if (must.Count > 0) result["required"] = new JsonArray([.. must.Select(r => JsonValue.Create(r))]);
        return Describe(result, description);
    }

    public static JsonObject Describe(JsonObject schema, string? description)
    {
        if (!string.IsNullOrEmpty(description)) schema["description"] = description;
        return schema;
    }

    private static JsonArray Types(params string[] names) => new([.. names.Select(n => JsonValue.Create(n))]);
}
