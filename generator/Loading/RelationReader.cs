using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Reads the relations an entity declares. An item is a bare id (<c>targets: [jak2]</c>) or a mapping with the id
/// and where the relation is stated: <c>{id, source, locator, cites, notes}</c> plus the qualifiers the relation
/// declares in the schema (<c>status: approved</c>).
/// </summary>
public static class RelationReader
{
    public static List<RelationLink> Read(Schema schema, EntityType type, YamlMap map)
    {
        var result = new List<RelationLink>();
        foreach (var kind in schema.DeclaredOn(type))
        {
            foreach (var (text, item, where) in map.MixedList(kind.Field))
            {
                if (text is not null) result.Add(new RelationLink(kind, text, where));
                else if (item is not null && ReadItem(kind, item, where) is { } link) result.Add(link);
            }
        }
        return result;
    }

    private static RelationLink? ReadItem(RelationKind kind, YamlMap item, SourceSpan where)
    {
        item.RejectUnknown([.. SchemaReader.RelationItemKeys, .. kind.Qualifiers.Keys], $"a '{kind.Field}' item");
        var id = item.Text("id", required: true, hint: $"the id of the {kind.ToNames}");
        var source = item.Text("source");
        var locator = item.Text("locator");
        var cites = item.TextList("cites");
        var inferred = item.TextList("cites_inferred");
        var notes = item.TextList("notes");
        if (locator is not null && source is null)
            item.Diagnostics.Error(item.SpanOf("locator"), DiagnosticCodes.MissingField,
                "A 'locator' says where in a source the relation is stated; add 'source:' with that document's id.");
        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, allowed) in kind.Qualifiers)
        {
            if (item.Text(name) is not { } value) continue;
            if (allowed.Count > 0 && !allowed.Contains(value))
            {
                var suggestion = FieldNames.Closest(value, allowed);
                item.Diagnostics.Error(item.SpanOf(name), DiagnosticCodes.UnknownQualifier,
                    $"Qualifier '{name}' of relation '{kind.Field}' ({SchemaReader.FileName}" + (kind.Declared is { } d ? $":{d.Line}" : "") +
                    $") must be one of: {string.Join(", ", allowed)}, not '{value}'." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"));
                continue;
            }
            qualifiers[name] = value;
        }
        if (id is null) return null;
        var stated = source is not null || cites.Count > 0 || inferred.Count > 0 || notes.Count > 0;
        return new RelationLink(kind, id, item.SpanOf("id"))
        {
            Provenance = stated ? new Provenance(source ?? "", locator ?? "", cites, notes, source is null ? item.Span : item.SpanOf("source")) { InferredCites = inferred } : null,
            Qualifiers = qualifiers,
        };
    }
}
