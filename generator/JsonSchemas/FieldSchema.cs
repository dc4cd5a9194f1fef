using System.Text.Json.Nodes;
using JakKb.Model;
using static JakKb.JsonSchemas.JsonShapes;

namespace JakKb.JsonSchemas;

/// <summary>The JSON Schema of one declared field: its kind, its list-ness, its values or pattern, and its help as the hover text.</summary>
internal static class FieldSchema
{
    public static JsonObject For(FieldSpec field)
    {
        var value = Value(field);
        var schema = field.IsList ? ListOf(value) : value;
        schema["title"] = field.Label;
        return Describe(schema, field.Help);
    }

    private static JsonObject Value(FieldSpec field) => field.Kind switch
    {
        FieldKind.Enum => Enum(field.Values),
        FieldKind.Ref => Slug($"The id of a page of type {string.Join(" or ", field.RefTypes)}."),
        FieldKind.Integer => Integer(),
        FieldKind.Number => Number(),
        FieldKind.Boolean => Boolean(),
        FieldKind.Date => Pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "A date, YYYY-MM-DD."),
        FieldKind.Url => Pattern("^https?://[^\\s\"<>\\\\]+$", "An http or https address."),
        _ when field.Pattern is { } pattern => Pattern(pattern),
        _ => Text(),
    };
}
