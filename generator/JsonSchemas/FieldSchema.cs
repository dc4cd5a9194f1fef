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
        // The build refuses a required list that is empty as it refuses one that is missing.
        if (field.IsList && field.Required) schema["minItems"] = 1;
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
        // An unquoted year is a number to an editor and the text "1998" to the build.
        FieldKind.Date => Describe(AnyOf(
            new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" },
            new JsonObject { ["type"] = "integer", ["minimum"] = 1000, ["maximum"] = 9999 }), "A date: YYYY, YYYY-MM or YYYY-MM-DD."),
        FieldKind.Url => Pattern("^https?://[^\\s\"<>\\\\]+$", "An http or https address."),
        _ when field.Pattern is { } pattern => Pattern(pattern),
        _ => Text(),
    };
}
