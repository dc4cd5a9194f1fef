using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Reads input/schema.yml into a <see cref="Schema"/>. It is checked as content is: every mistake is a diagnostic
/// at its line and column with a fix, misspelt names get "did you mean", and reading goes on so one run reports all.
/// A schema with any error yields null: no entity is read against a schema that is wrong.
/// </summary>
public static class SchemaReader
{
    public const string FileName = "schema.yml";

    /// <summary>Folders the site's own pages and the input's data live in; a type folder there would overwrite them.</summary>
    public static readonly IReadOnlySet<string> SiteFolders = new HashSet<string>(
        [.. Slugs.Reserved, .. InputInventory.NotContent, "api", "404", "search-index.json", JsonSchemas.JsonSchemaSet.Folder], StringComparer.OrdinalIgnoreCase);

    /// <summary>The keys a relation item may carry besides its qualifiers: a qualifier may not take one of these names.</summary>
    public static readonly IReadOnlyList<string> RelationItemKeys = ["id", "source", "locator", "cites", "cites_inferred", "notes"];

    private static readonly string[] TopKeys = ["types", "relations", "identifiers", "measures", "charts", "graph"];
    private static readonly string[] TypeKeys =
        ["name", "folder", "singular", "plural", "description", "provenance", "tables", "schema_org", "list_columns", "fields"];
    private static readonly string[] SchemaOrgKeys = ["type", "profile"];
    private static readonly string[] FieldKeys = ["name", "kind", "list", "required", "label", "help", "values", "types", "pattern"];
    private static readonly string[] RelationKeys = ["field", "from", "to", "label", "backlink", "qualifiers"];
    private static readonly string[] IdentifierKeys = ["scheme", "label", "pattern", "url"];
    private static readonly string[] GraphKeys = ["columns", "anchor", "legend"];

    private static readonly IReadOnlyList<string> KindNames =
        [.. Enum.GetValues<FieldKind>().Select(k => k.ToString().ToLowerInvariant())];

    /// <summary>Reads the schema file's text; null when it has any error (all of them reported).</summary>
    public static Schema? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var bag = new DiagnosticBag();
        var schema = ReadAll(path, text, bag);
        var failed = bag.HasErrors;
        foreach (var d in bag.Sorted()) diagnostics.Add(d);
        return failed ? null : schema;
    }

    private static Schema? ReadAll(string path, string text, DiagnosticBag diagnostics)
    {
        var root = YamlMap.Parse(path, text, 1, diagnostics, "schema.yml");
        if (root is null) return null;
        root.RejectUnknown(TopKeys, "schema.yml");

        var typeMaps = root.MapList("types");
        if (typeMaps.Count == 0)
            diagnostics.Error(root.SpanOf("types"), DiagnosticCodes.MissingField, "schema.yml declares no type; add 'types:' with at least one '- name: ...' entry.");
        var shells = typeMaps.Select(m => ReadTypeHead(m)).ToList();
        var typeNames = shells.OfType<TypeHead>().Select(t => t.Name).ToList();
        ReportDuplicates(shells.OfType<TypeHead>().Select(t => (t.Name, t.Map.SpanOf("name"))), "type", diagnostics);
        ReportDuplicates(shells.OfType<TypeHead>().Select(t => (t.Folder, t.Map.SpanOf(t.Map.Has("folder") ? "folder" : "name"))), "type folder", diagnostics);

        var (measures, charts) = ChartSchemaReader.Read(root, typeNames);

        var types = shells.OfType<TypeHead>().Select(t => ReadType(t, typeNames, measures.Select(m => m.Key).ToList())).ToList();
        var relations = root.MapList("relations").Select(m => ReadRelation(m, types)).OfType<RelationKind>().ToList();
        ReportDuplicates(relations.Select(r => (r.Field, r.Declared!)), "relation", diagnostics);
        foreach (var relation in relations)
        {
            foreach (var from in relation.From)
            {
                if (Schema.CommonFields.Contains(relation.Field) || from.Fields.Any(f => f.Name == relation.Field) || (from.HasTables && relation.Field == "tables"))
                    diagnostics.Error(relation.Declared!, DiagnosticCodes.SchemaDuplicateName,
                        $"Relation '{relation.Field}' has the name of a field '{from.Name}' entities already have; give the relation another field name.");
            }
        }

        var identifiers = root.MapList("identifiers").Select(ReadIdentifier).OfType<(IdentifierScheme Scheme, SourceSpan Where)>().ToList();
        ReportDuplicates(identifiers.Select(i => (i.Scheme.Key, i.Where)), "identifier scheme", diagnostics);
        var graph = ReadGraph(root.Map("graph"), typeNames);

        return new Schema(types, relations,
            identifiers.DistinctBy(i => i.Scheme.Key).ToDictionary(i => i.Scheme.Key, i => i.Scheme, StringComparer.Ordinal),
            measures, charts, graph)
        {
            Hash = Fingerprint.Of(text),
        };
    }

    private sealed record TypeHead(YamlMap Map, string Name, string Folder);

    private static TypeHead? ReadTypeHead(YamlMap map)
    {
        map.RejectUnknown(TypeKeys, "a type of schema.yml");
        var name = Name(map, "name", "the type's name, e.g. 'enzyme'");
        if (name is null) return null;
        var folder = map.Text("folder") ?? name + "s";
        if (SiteFolders.Contains(folder))
        {
            map.Diagnostics.Error(map.SpanOf(map.Has("folder") ? "folder" : "name"), DiagnosticCodes.SchemaReservedFolder,
                $"The folder '{folder}' of type '{name}' is where the site's own pages or data live ({string.Join(", ", SiteFolders.Where(f => !Slugs.DeviceNames.Contains(f)).Order(StringComparer.Ordinal))}); give the type another 'folder:', e.g. '{name}-pages'.");
        }
        else if (!Slugs.IsSafe(folder))
        {
            map.Diagnostics.Error(map.SpanOf("folder"), DiagnosticCodes.SchemaReservedFolder,
                $"The folder '{folder}' of type '{name}' is not a safe slug; use lower-case letters, digits and single hyphens, e.g. '{Slugs.From(folder)}'.");
        }
        return new TypeHead(map, name, folder);
    }

    private static EntityType ReadType(TypeHead head, IReadOnlyList<string> typeNames, IReadOnlyList<string> measureKeys)
    {
        var map = head.Map;
        var singular = map.Text("singular") ?? Capitalised(head.Name);
        var fields = map.MapList("fields").Select(f => ReadField(f, head.Name, typeNames)).OfType<FieldSpec>().ToList();
        ReportDuplicates(fields.Select(f => (f.Name, f.Declared!)), "field", map.Diagnostics, $" of type '{head.Name}'");
        foreach (var field in fields.Where(f => Schema.CommonFields.Contains(f.Name) || f.Name == "tables"))
        {
            map.Diagnostics.Error(field.Declared!, DiagnosticCodes.SchemaDuplicateName,
                $"'{field.Name}' is a field every entity has (or a source's tables); give type '{head.Name}''s field another name.");
        }
        var listColumns = map.TextList("list_columns");
        foreach (var (column, i) in listColumns.Select((c, i) => (c, i)))
        {
            if (fields.Any(f => f.Name == column) || measureKeys.Contains(column)) continue;
            var known = fields.Select(f => f.Name).Concat(measureKeys).ToList();
            var suggestion = FieldNames.Closest(column, known);
            map.Diagnostics.Error(SourceMap.Item(listColumns, i, map.SpanOf("list_columns")), DiagnosticCodes.SchemaInvalidValue,
                $"List column '{column}' of type '{head.Name}' is neither one of its fields nor a measure. " +
                (suggestion is null ? $"Use one of: {string.Join(", ", known)}." : $"Did you mean '{suggestion}'?"));
        }
        var schemaOrg = map.Map("schema_org");
        schemaOrg?.RejectUnknown(SchemaOrgKeys, "schema_org");
        return new EntityType(head.Name, head.Folder, singular, map.Text("plural") ?? singular + "s", map.Text("description") ?? "", fields)
        {
            IsProvenance = map.Flag("provenance") ?? false,
            HasTables = map.Flag("tables") ?? false,
            ListColumns = listColumns.Count > 0 ? listColumns : [.. fields.Where(f => f.Kind != FieldKind.Markdown).Select(f => f.Name)],
            SchemaOrgType = schemaOrg?.Text("type"),
            BioschemasProfile = schemaOrg?.Text("profile"),
        };
    }

    private static FieldSpec? ReadField(YamlMap map, string typeName, IReadOnlyList<string> typeNames)
    {
        map.RejectUnknown(FieldKeys, $"a field of type '{typeName}'");
        var name = Name(map, "name", "the front-matter key, e.g. 'phase'");
        var kindText = map.Text("kind") ?? "text";
        var kind = Enum.TryParse<FieldKind>(kindText, ignoreCase: true, out var k) && KindNames.Contains(kindText) ? k : (FieldKind?)null;
        if (kind is null)
        {
            var suggestion = FieldNames.Closest(kindText, KindNames);
            map.Diagnostics.Error(map.SpanOf("kind"), DiagnosticCodes.SchemaUnknownFieldKind,
                $"Unknown field kind '{kindText}'. " + (suggestion is null ? "" : $"Did you mean '{suggestion}'? ") +
                $"Use one of: {string.Join(", ", KindNames)} (add 'list: true' for a list).");
        }
        var values = map.TextList("values");
        if (kind == FieldKind.Enum && values.Count == 0)
            map.Diagnostics.Error(map.SpanOf("kind"), DiagnosticCodes.SchemaInvalidValue, $"Enum field '{name}' needs 'values: [..]', the values it allows.");
        else if (kind != FieldKind.Enum && map.Has("values"))
            map.Diagnostics.Error(map.SpanOf("values"), DiagnosticCodes.SchemaInvalidValue, $"'values' applies to a field of kind enum; remove it or write 'kind: enum'.");
        var refTypes = map.TextList("types");
        if (kind == FieldKind.Ref && refTypes.Count == 0)
            map.Diagnostics.Error(map.SpanOf("kind"), DiagnosticCodes.SchemaInvalidValue, $"Ref field '{name}' needs 'types: [..]', the types its ids may name.");
        else if (kind != FieldKind.Ref && map.Has("types"))
            map.Diagnostics.Error(map.SpanOf("types"), DiagnosticCodes.SchemaInvalidValue, $"'types' applies to a field of kind ref; remove it or write 'kind: ref'.");
        CheckTypeNames(map, "types", refTypes, typeNames, $"ref field '{name}'");
        var pattern = Pattern(map);
        if (name is null || kind is null) return null;
        return new FieldSpec(name, kind.Value, map.Flag("list") ?? false, map.Flag("required") ?? false,
            map.Text("label") ?? Capitalised(name.Replace('_', ' ')), map.Text("help") ?? "")
        {
            Values = values,
            RefTypes = refTypes,
            Pattern = pattern,
            Declared = map.Span,
        };
    }

    private static RelationKind? ReadRelation(YamlMap map, IReadOnlyList<EntityType> types)
    {
        map.RejectUnknown(RelationKeys, "a relation of schema.yml");
        var field = Name(map, "field", "the front-matter key that declares it, e.g. 'targets'");
        var names = types.Select(t => t.Name).ToList();
        var from = map.TextList("from");
        var to = map.TextList("to");
        if (from.Count == 0) map.Diagnostics.Error(map.SpanOf("from"), DiagnosticCodes.MissingField, $"Relation '{field}' needs 'from: [..]', the types that declare it.");
        if (to.Count == 0) map.Diagnostics.Error(map.SpanOf("to"), DiagnosticCodes.MissingField, $"Relation '{field}' needs 'to: [..]', the types it may point at.");
        CheckTypeNames(map, "from", from, names, $"relation '{field}'");
        CheckTypeNames(map, "to", to, names, $"relation '{field}'");
        var label = map.Text("label", required: true, hint: "the heading on the declaring page");
        var backlink = map.Text("backlink", required: true, hint: "the heading on the target's page");
        var qualifiers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map.Map("qualifiers") is { } q)
        {
            foreach (var key in q.Keys)
            {
                if (RelationItemKeys.Contains(key) || !Slugs.IsSafe(key.Replace('_', '-')))
                {
                    q.Diagnostics.Error(q.KeySpan(key), DiagnosticCodes.SchemaInvalidValue,
                        $"A qualifier may not be called '{key}': it must be a lower-case name other than {string.Join(", ", RelationItemKeys)}.");
                    continue;
                }
                qualifiers[key] = q.TextList(key);
            }
        }
        if (field is null || label is null || backlink is null) return null;
        return new RelationKind(field, [.. types.Where(t => from.Contains(t.Name))], [.. types.Where(t => to.Contains(t.Name))], label, backlink)
        {
            Qualifiers = qualifiers,
            Declared = map.Span,
        };
    }

    private static (IdentifierScheme, SourceSpan)? ReadIdentifier(YamlMap map)
    {
        map.RejectUnknown(IdentifierKeys, "an identifier scheme");
        var key = map.Text("scheme", required: true, hint: "the name identifiers use, e.g. 'uniprot'");
        var label = map.Text("label", required: true, hint: "the registry's name as shown, e.g. 'UniProt'");
        var url = map.Text("url", required: true, hint: "the address of one entry, with '{id}' where the identifier goes");
        var pattern = Pattern(map);
        if (url is not null && (!url.Contains("{id}", StringComparison.Ordinal) || !DataFileReader.IsWebAddress(url.Replace("{id}", "x", StringComparison.Ordinal))))
        {
            map.Diagnostics.Error(map.SpanOf("url"), DiagnosticCodes.SchemaUrlTemplate,
                $"The URL template of scheme '{key}' must be an http(s) address with '{{id}}' where the identifier goes, e.g. 'https://www.uniprot.org/uniprotkb/{{id}}/entry'.");
            return null;
        }
        if (key is null || label is null || url is null) return null;
        return (new IdentifierScheme(key, label, pattern, url), map.SpanOf("scheme"));
    }

    private static GraphSpec ReadGraph(YamlMap? map, IReadOnlyList<string> typeNames)
    {
        if (map is null) return new GraphSpec([], null);
        map.RejectUnknown(GraphKeys, "graph");
        var columns = map.TextList("columns");
        CheckTypeNames(map, "columns", columns, typeNames, "the graph");
        var anchor = map.Text("anchor");
        if (anchor is not null && !columns.Contains(anchor))
            map.Diagnostics.Error(map.SpanOf("anchor"), DiagnosticCodes.SchemaUnknownType, $"The graph's anchor '{anchor}' is not one of its columns ({string.Join(", ", columns)}).");
        return new GraphSpec(columns, anchor) { Legend = map.Text("legend") };
    }

    /// <summary>A name the schema declares: lower-case letters, digits and underscores or hyphens, as front-matter keys are.</summary>
    private static string? Name(YamlMap map, string key, string hint)
    {
        var name = map.Text(key, required: true, hint: hint);
        if (name is null) return null;
        if (Slugs.IsSafe(name.Replace('_', '-'))) return name;
        map.Diagnostics.Error(map.SpanOf(key), DiagnosticCodes.SchemaInvalidValue,
            $"'{name}' is not a valid name; use lower-case letters, digits and '_' or '-', e.g. '{Slugs.From(name).Replace('-', '_')}'.");
        return null;
    }

    private static string? Pattern(YamlMap map)
    {
        var pattern = map.Text("pattern");
        if (pattern is null) return null;
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            // The JSON Schemas hand the pattern to editors, whose validators read it as JavaScript does.
            if (JsonSchemas.PortablePattern.Problem(pattern) is { } unportable)
                map.Diagnostics.Warning(map.SpanOf("pattern"), DiagnosticCodes.PatternNotPortable,
                    $"Pattern '{pattern}' uses {unportable}. The build accepts it, but editors checking the JSON Schemas would not.");
            return pattern;
        }
        catch (ArgumentException e)
        {
            map.Diagnostics.Error(map.SpanOf("pattern"), DiagnosticCodes.SchemaBadPattern,
                $"'{pattern}' is not a valid regular expression ({e.Message.TrimEnd('.')}); fix it, and quote it in single quotes so YAML keeps its backslashes.");
            return null;
        }
    }

    private static void CheckTypeNames(YamlMap map, string key, IReadOnlyList<string> names, IReadOnlyList<string> known, string what)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (known.Contains(names[i])) continue;
            var suggestion = FieldNames.Closest(names[i], known);
            map.Diagnostics.Error(SourceMap.Item(names, i, map.SpanOf(key)), DiagnosticCodes.SchemaUnknownType,
                $"'{names[i]}' in '{key}' of {what} is not a type schema.yml declares. " +
                (suggestion is null ? $"Use one of: {string.Join(", ", known)}, or declare it under 'types:'." : $"Did you mean '{suggestion}'?"));
        }
    }

    private static void ReportDuplicates(IEnumerable<(string Name, SourceSpan Where)> items, string what, DiagnosticBag diagnostics, string context = "")
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, where) in items)
        {
            if (seen.TryAdd(name, where)) continue;
            diagnostics.Error(where, DiagnosticCodes.SchemaDuplicateName,
                $"The {what} '{name}'{context} is declared twice (first at line {seen[name].Line}); rename or merge one of them.");
        }
    }

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
