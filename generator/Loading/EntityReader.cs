using JakKb.Diagnostics;
using JakKb.Markdown;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>Turns one entity file into an <see cref="Entity"/>, reporting every problem it finds on the way.</summary>
public static class EntityReader
{
    private static readonly string[] FactFields =
        ["id", "label", "value", "kind", "unit", "comparator", "n", "p", "timeframe", "source", "locator", "cites", "cites_inferred", "concerns", "notes", "measure", "subgroup", "quote"];

    private static readonly string[] FactKinds = ["quantitative", "qualitative"];

    public static Entity? Read(Schema schema, EntityType type, string path, string text, DiagnosticBag diagnostics)
    {
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!Slugs.IsSafe(id))
        {
            diagnostics.Error(new SourceSpan(path, 1, 1), DiagnosticCodes.UnsafeId,
                $"The id '{id}' (the file name) is not a safe slug; rename the file to lower-case letters, digits and single hyphens, e.g. '{Slugs.From(id)}.md'.");
        }

        var parts = FrontMatter.Split(path, text, diagnostics);
        if (parts is null) return null;
        var map = YamlMap.Parse(path, parts.Yaml, parts.YamlFirstLine, diagnostics, "The front matter");
        if (map is null) return null;
        var body = ParseBody(path, parts, diagnostics);
        if (body is null) return null;

        map.RejectUnknown(schema.AllowedFields(type), $"a {type.Name} file");
        var title = map.Text("title", required: true) ?? id;
        var summary = map.Text("summary", required: true, hint: "one sentence shown in lists") ?? "";

        var entity = new Entity(
            type, id, title,
            map.TextList("aliases"),
            summary,
            ReadIdentifiers(schema, map),
            ReadProperties(map),
            FieldReader.Read(type, map),
            RelationReader.Read(schema, type, map),
            map.MapList("facts").Select(ReadFact).OfType<Fact>().ToList(),
            type.HasTables ? map.MapList("tables").Select(ReadTable).OfType<SourceTable>().ToList() : [],
            map.TextList("notes"),
            parts.Body,
            body,
            parts.BodyFirstLine,
            path,
            new SourceSpan(path, 1, 1))
        {
            SourceHash = Fingerprint.Of(text),
            Fields = map.Fields(),
            Text = type.IsProvenance ? ReadDocumentText(map) : null,
        };
        ReportSharedAnchors(entity, diagnostics);
        return entity;
    }

    /// <summary>
    /// Facts and tables become rows and sections with ids on a page; two with one id would make a page with a
    /// duplicate id, where links to the second land on the first. A fact without an id is anchored by its position,
    /// so an explicit id '2' collides with the second fact as well.
    /// </summary>
    private static void ReportSharedAnchors(Entity entity, DiagnosticBag diagnostics)
    {
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        for (var i = 0; i < entity.Facts.Count; i++)
        {
            var fact = entity.Facts[i];
            var key = fact.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (facts.TryAdd(key, fact)) continue;
            diagnostics.Error(fact.Where, DiagnosticCodes.DuplicateAnchor,
                $"This fact's anchor 'fact-{key}' is already the anchor of the fact at line {facts[key].Where.Line}{(fact.Id is null ? " (a fact without an id is anchored by its position)" : "")}; give each fact its own id, not a bare number.");
        }
        var tables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in entity.Tables.Where(t => !tables.Add(t.Id)))
            diagnostics.Error(entity.Where, DiagnosticCodes.DuplicateAnchor, $"Two tables have the id '{table.Id}'; give each table its own id.");
    }

    /// <summary>
    /// Parses the body; Markdig refuses runaway nesting (thousands of '>' or '[') with an exception, which becomes a
    /// diagnostic at the line where the body starts.
    /// </summary>
    private static Markdig.Syntax.MarkdownDocument? ParseBody(string path, FrontMatter parts, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdig.Markdown.Parse(parts.Body, MarkdownPipelines.Parsing);
        }
        catch (ArgumentException)
        {
            diagnostics.Error(new SourceSpan(path, parts.BodyFirstLine, 1), DiagnosticCodes.MarkdownTooDeep,
                "The Markdown body nests too deeply to be parsed; remove the runaway run of '>', '[', '*' or list markers.");
            return null;
        }
    }

    private static List<Identifier> ReadIdentifiers(Schema schema, YamlMap map)
    {
        var result = new List<Identifier>();
        foreach (var item in map.MapList("identifiers"))
        {
            item.RejectUnknown(["scheme", "value", "source", "checked"], "an identifier");
            var key = item.Text("scheme", required: true);
            var value = item.Text("value", required: true);
            var source = item.Text("source", required: true, hint: "the database where the identifier was checked");
            if (key is null || value is null || source is null) continue;
            if (!schema.Identifiers.TryGetValue(key, out var scheme))
            {
                var suggestion = FieldNames.Closest(key, schema.Identifiers.Keys);
                item.Diagnostics.Error(item.SpanOf("scheme"), DiagnosticCodes.InvalidValue,
                    $"Unknown identifier scheme '{key}'; " + (suggestion is null ? "" : $"did you mean '{suggestion}'? ") +
                    $"Use one of: {string.Join(", ", schema.Identifiers.Keys)}, or declare it under 'identifiers:' in {SchemaReader.FileName}.");
                continue;
            }
            if (IdentifierProblem(scheme, value) is { } problem)
            {
                item.Diagnostics.Error(item.SpanOf("value"), problem.Code, problem.Message);
                continue;
            }
            result.Add(Identifier.In(scheme, value, source) with { Checked = CheckedField.Read(item) });
        }
        return result;
    }

    /// <summary>
    /// Identifier values become parts of outbound links, so they are held to their registry's shape: no spaces,
    /// quotes or angle brackets whatever the scheme, and the pattern the schema declares for it.
    /// </summary>
    public static (string Code, string Message)? IdentifierProblem(IdentifierScheme scheme, string value)
    {
        if (value.Length > 200 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '`' or '\\'))
            return (DiagnosticCodes.InvalidValue, $"Identifier '{value}' may not contain spaces, quotes, angle brackets or backslashes; give the identifier exactly as the registry shows it.");
        if (scheme.Pattern is { } pattern && !FieldReader.Matches(pattern, value))
            return (DiagnosticCodes.IdentifierPattern, $"'{value}' is not a {scheme.Label} identifier: scheme '{scheme.Key}' ({SchemaReader.FileName}) requires the pattern '{pattern}'; give the identifier exactly as the registry shows it.");
        return null;
    }

    /// <summary>True for a DOI as printed, e.g. 10.1016/S0140-6736(20)30628-0.</summary>
    public static bool IsDoi(string value)
    {
        var slash = value.IndexOf('/');
        return value.StartsWith("10.", StringComparison.Ordinal) && slash > 3 && slash < value.Length - 1
            && value[3..slash].All(c => char.IsAsciiDigit(c) || c == '.')
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\');
    }

    private static List<Property> ReadProperties(YamlMap map)
    {
        var result = new List<Property>();
        foreach (var item in map.MapList("properties"))
        {
            item.RejectUnknown(["label", "value", "source", "cites", "checked"], "a property");
            var label = item.Text("label", required: true);
            var value = item.Text("value", required: true);
            var source = item.Text("source", required: true, hint: "where the value was checked");
            var cites = item.TextList("cites");
            var checkedState = CheckedField.Read(item);
            if (label is not null && value is not null && source is not null)
                result.Add(new Property(label, value, source) { Cites = cites, Checked = checkedState, Where = item.Span, Fields = item.Fields() });
        }
        return result;
    }

    private static Fact? ReadFact(YamlMap item)
    {
        item.RejectUnknown(FactFields, "a fact");
        var label = item.Text("label", required: true);
        var value = item.Text("value", required: true, hint: "exactly as the source prints it");
        var source = item.Text("source", required: true, hint: "the id of a file in input/sources/");
        var locator = item.Text("locator", required: true, hint: "where in the source, e.g. 'Table 1' or a section title");
        var id = item.Text("id");
        if (id is not null && !Slugs.IsSafe(id))
            item.Diagnostics.Error(item.SpanOf("id"), DiagnosticCodes.UnsafeId, $"Fact id '{id}' is not a safe slug; use lower-case letters, digits and hyphens.");
        var kind = ReadFactKind(item);
        var unit = item.Text("unit");
        if (kind == FactKind.Qualitative && unit is not null)
            item.Diagnostics.Error(item.SpanOf("unit"), DiagnosticCodes.QualitativeFactWithUnit,
                $"A qualitative fact is the source's words, shown as a quotation, so 'unit: {unit}' has nothing to measure; remove the unit, or remove 'kind: qualitative' if the value is a number.");
        if (label is null || value is null || source is null || locator is null) return null;
        return new Fact(id, label, value, unit, item.Text("comparator"), item.Text("n"), item.Text("p"), item.Text("timeframe"),
            new Provenance(source, locator, item.TextList("cites"), item.TextList("notes"), item.SpanOf("source")) { InferredCites = item.TextList("cites_inferred") },
            item.TextList("concerns"), item.Span)
        { Kind = kind, Measure = ReadMeasure(item), Quote = ReadQuote(item) };
    }

    /// <summary>
    /// <c>quote: "words"</c> or <c>quote: {exact, prefix, suffix}</c>; whether the words occur is checked once every
    /// document's text is loaded (<see cref="Validation.QuoteCheck"/>).
    /// </summary>
    private static TextQuote? ReadQuote(YamlMap item)
    {
        if (!item.Has("quote")) return null;
        if (!item.HasMap("quote"))
        {
            var words = item.Text("quote");
            if (words is not null) return new TextQuote(words, null, null, item.SpanOf("quote"));
            item.Diagnostics.Error(item.SpanOf("quote"), DiagnosticCodes.InvalidQuote, "The fact's 'quote' is empty; copy the exact words the fact rests on from the document, or remove 'quote:'.");
            return null;
        }
        var map = item.Map("quote")!;
        map.RejectUnknown(["exact", "prefix", "suffix"], "a quote");
        var exact = map.Text("exact");
        if (exact is null)
        {
            map.Diagnostics.Error(map.Span, DiagnosticCodes.InvalidQuote, "A quote needs 'exact:', the words the fact rests on, copied from the document; 'prefix' and 'suffix' only pick one place among several.");
            return null;
        }
        return new TextQuote(exact, map.Text("prefix"), map.Text("suffix"), map.Span);
    }

    /// <summary>A provenance entity's <c>text</c>, <c>text_licence</c> and <c>show_text</c>; showing a text needs both of the others.</summary>
    private static DocumentText? ReadDocumentText(YamlMap map)
    {
        var path = map.Text("text");
        var licence = map.Text("text_licence");
        var shown = map.Flag("show_text") ?? false;
        if (shown && (path is null || licence is null))
        {
            map.Diagnostics.Error(map.SpanOf("show_text"), DiagnosticCodes.InvalidQuote,
                $"'show_text: true' needs {(path is null ? "'text:', the document's text file, " : "")}{(path is null && licence is null ? "and " : "")}{(licence is null ? "'text_licence:', the licence that allows showing it" : "")}; add {(path is null && licence is null ? "them" : "it")}, or remove 'show_text'.");
            shown = false;
        }
        return path is null ? null : new DocumentText(path, licence, shown, map.SpanOf("text"));
    }

    /// <summary>
    /// The measure a fact names, checked against the schema's measures where the fact is validated; a subgroup
    /// without a measure would be dropped silently, so it is reported here.
    /// </summary>
    private static FactMeasure? ReadMeasure(YamlMap item)
    {
        var key = item.Text("measure");
        var subgroup = item.Text("subgroup");
        if (key is not null) return new FactMeasure(key, subgroup, item.SpanOf("measure"));
        if (subgroup is not null)
            item.Diagnostics.Error(item.SpanOf("subgroup"), DiagnosticCodes.SubgroupWithoutMeasure,
                $"The fact has 'subgroup: {subgroup}' but no 'measure:'; add the measure its value is (a key under 'measures:' in the schema), or remove the subgroup.");
        return null;
    }

    /// <summary>A fact is quantitative unless it says <c>kind: qualitative</c>.</summary>
    private static FactKind ReadFactKind(YamlMap item)
    {
        switch (item.Text("kind"))
        {
            case null or "quantitative":
                return FactKind.Quantitative;
            case "qualitative":
                return FactKind.Qualitative;
            case var other:
                var suggestion = FieldNames.Closest(other, FactKinds);
                item.Diagnostics.Error(item.SpanOf("kind"), DiagnosticCodes.UnknownFactKind,
                    $"Fact kind '{other}' is not one of: {string.Join(", ", FactKinds)}{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}.");
                return FactKind.Quantitative;
        }
    }

    private static SourceTable? ReadTable(YamlMap table)
    {
        table.RejectUnknown(["id", "caption", "columns", "rows", "notes"], "a table");
        var id = table.Text("id", required: true);
        var caption = table.Text("caption", required: true);
        var columns = table.TextList("columns");
        if (columns.Count == 0) table.Diagnostics.Error(table.SpanOf("columns"), DiagnosticCodes.MissingField, "A table needs 'columns: [..]' with its column headings.");
        var rows = new List<TableRow>();
        foreach (var row in table.MapList("rows"))
        {
            row.RejectUnknown(["cells", "concerns", "cites", "cites_inferred", "corrections", "notes"], "a table row");
            var cells = row.TextList("cells");
            if (cells.Count != columns.Count)
            {
                row.Diagnostics.Error(row.SpanOf("cells"), DiagnosticCodes.InvalidValue,
                    $"This row has {cells.Count} cells but the table has {columns.Count} columns; give one cell per column.");
            }
            var corrections = new List<CellCorrection>();
            foreach (var c in row.MapList("corrections"))
            {
                c.RejectUnknown(["column", "printed", "note"], "a cell correction");
                var column = c.Text("column", required: true);
                var printed = c.Text("printed", required: true, hint: "what the source prints");
                var note = c.Text("note", required: true, hint: "the curation note explaining the correction");
                if (column is null || printed is null || note is null) continue;
                if (!int.TryParse(column, out var index) || index < 1 || index > cells.Count)
                {
                    c.Diagnostics.Error(c.SpanOf("column"), DiagnosticCodes.InvalidValue, $"'column' must be a cell number from 1 to {cells.Count}.");
                    continue;
                }
                corrections.Add(new CellCorrection(index, printed, note) { Fields = c.Fields() });
            }
            rows.Add(new TableRow(cells, row.TextList("concerns"), row.TextList("cites"), corrections, row.TextList("notes"), row.Span) { InferredCites = row.TextList("cites_inferred") });
        }
        if (id is null || caption is null) return null;
        if (!Slugs.IsSafe(id)) table.Diagnostics.Error(table.SpanOf("id"), DiagnosticCodes.UnsafeId, $"Table id '{id}' is not a safe slug, e.g. 'table-1'.");
        return new SourceTable(id, caption, columns, rows) { Notes = table.TextList("notes"), Where = table.Span };
    }
}
