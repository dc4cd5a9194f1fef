using System.Globalization;
using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Reads an entity's type-specific fields as its type declares them in the schema, holding each value to its
/// field's kind, allowed values and pattern. A broken rule is reported at the value, naming the rule and where
/// schema.yml declares it.
/// </summary>
public static class FieldReader
{
    public static EntityAttributes Read(EntityType type, YamlMap map)
    {
        var text = new Dictionary<string, string>();
        var lists = new Dictionary<string, IReadOnlyList<string>>();
        var flags = new Dictionary<string, bool>();
        foreach (var field in type.Fields)
        {
            switch (field)
            {
                case { IsList: true }:
                    var list = map.TextList(field.Name);
                    if (list.Count == 0 && field.Required)
                        map.Diagnostics.Error(map.SpanOf(field.Name), DiagnosticCodes.MissingField, $"Required field '{field.Name}' is missing or empty; add '{field.Name}: [..]'{Hint(field)}.");
                    for (var i = 0; i < list.Count; i++) Check(type, field, list[i], SourceMap.Item(list, i, map.SpanOf(field.Name)), map.Diagnostics);
                    if (list.Count > 0) lists[field.Name] = list;
                    break;
                case { Kind: FieldKind.Boolean } when map.Flag(field.Name, field.Required) is { } f:
                    flags[field.Name] = f;
                    break;
                case { Kind: not FieldKind.Boolean } when map.Text(field.Name, field.Required, field.Help.Length > 0 ? field.Help : null) is { } v:
                    Check(type, field, v, map.SpanOf(field.Name), map.Diagnostics);
                    text[field.Name] = v;
                    break;
            }
        }
        return new EntityAttributes(text, lists, flags);
    }

    /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/>; Regex caches the patterns a build uses.</summary>
    public static bool Matches(string pattern, string value) =>
        Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));

    private static void Check(EntityType type, FieldSpec field, string value, SourceSpan where, DiagnosticBag diagnostics)
    {
        if (field.Kind == FieldKind.Url)
        {
            // Kept apart: an address that is not http(s) is a script or file link, the unsafe-URL rule's concern.
            if (!DataFileReader.IsWebAddress(value))
                diagnostics.Error(where, DiagnosticCodes.UnsafeUrl, $"'{field.Name}' must be an http or https address, not '{value}'.");
            return;
        }
        var rule = field.Kind switch
        {
            FieldKind.Enum when !field.Values.Contains(value) => $"must be one of: {string.Join(", ", field.Values)}",
            FieldKind.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => "must be a number, e.g. 4.5",
            FieldKind.Integer when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => "must be a whole number, e.g. 36",
            FieldKind.Date when !IsDate(value) => "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
            FieldKind.Ref when !Slugs.IsSafe(value) => $"must be the id of a {string.Join(" or ", field.RefTypes)}",
            _ when field.Pattern is { } p && !Matches(p, value) => $"must match the pattern '{p}'",
            _ => null,
        };
        if (rule is null) return;
        var suggestion = field.Kind == FieldKind.Enum ? FieldNames.Closest(value, field.Values) : null;
        diagnostics.Error(where, DiagnosticCodes.FieldRuleBroken,
            $"'{value}' breaks a rule: {Rule(type, field)} {rule}{Hint(field)}." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"));
    }

    /// <summary>"field 'year' of type 'book' (input/schema.yml:31)": the rule a diagnostic names.</summary>
    public static string Rule(EntityType type, FieldSpec field) =>
        $"field '{field.Name}' of type '{type.Name}'" + (field.Declared is { } d ? $" ({d.Path}:{d.Line})" : "");

    private static string Hint(FieldSpec field) => field.Help.Length > 0 ? $" ({field.Help})" : "";

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
