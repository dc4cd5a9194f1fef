using JakKb.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JakKb.Loading;

/// <summary>
/// Typed, position-aware access to one YAML mapping. Every mistake (wrong kind, missing or unknown field)
/// becomes a diagnostic at the exact line and column, and reading goes on so one run reports them all.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;

    public YamlMap(YamlMappingNode node, string path, int firstLine, DiagnosticBag diagnostics)
    {
        _node = node;
        _path = path;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="yaml"/> and reads its root as a mapping; a syntax error is reported once, not also as a wrong type.</summary>
    public static YamlMap? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics, string what)
    {
        var node = YamlText.Parse(path, yaml, firstLine, diagnostics, out var failed);
        return failed ? null : Root(node, path, firstLine, diagnostics, what);
    }

    /// <summary>Reads the root of a document as a mapping, or reports that it is not one.</summary>
    public static YamlMap? Root(YamlNode? node, string path, int firstLine, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode map) return new YamlMap(map, path, firstLine, diagnostics);
        var where = node is null ? new SourceSpan(path, firstLine, 1) : YamlText.At(path, node.Start, firstLine);
        diagnostics.Error(where, DiagnosticCodes.WrongType, $"{what} must be a mapping of 'field: value' lines.");
        return null;
    }

    public SourceSpan Span => At(_node);

    public DiagnosticBag Diagnostics => _diagnostics;

    public string Path => _path;

    public SourceSpan At(YamlNode node) => YamlText.At(_path, node.Start, _firstLine);

    public SourceSpan SpanOf(string key) => Find(key) is { } n ? At(n) : Span;

    public bool Has(string key) => Find(key) is not null;

    /// <summary>True when <paramref name="key"/> holds a mapping, for fields written either as one value or as a map.</summary>
    public bool HasMap(string key) => Find(key) is YamlMappingNode;

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public string? Text(string key, bool required = false, string? hint = null)
    {
        switch (Find(key))
        {
            case null:
                if (required) Missing(key, hint);
                return null;
            case YamlScalarNode scalar:
                var value = scalar.Value?.Trim();
                if (string.IsNullOrEmpty(value) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "~" or "null"))
                {
                    if (required) _diagnostics.Error(At(scalar), DiagnosticCodes.MissingField, $"Field '{key}' is empty; give it a value{HintText(hint)}.");
                    return null;
                }
                return value;
            case var other:
                WrongType(key, other, "a single text value");
                return null;
        }
    }

    public bool? Flag(string key, bool required = false)
    {
        var node = Find(key);
        var text = Text(key, required);
        if (text is null || node is null) return null;
        if (text is "true" or "false") return text == "true";
        _diagnostics.Error(At(node), DiagnosticCodes.WrongType, $"Field '{key}' must be true or false, not '{text}'.");
        return null;
    }

    public IReadOnlyList<string> TextList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var items = new List<string>(seq.Children.Count);
                var spans = new List<SourceSpan>(seq.Children.Count);
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
                    {
                        items.Add(v.Trim());
                        spans.Add(At(child));
                    }
                    else _diagnostics.Error(At(child), DiagnosticCodes.WrongType, $"Each item of '{key}' must be a single, non-empty text value.");
                }
                return items.Count > 0 ? SourceMap.Positioned(items, [.. spans]) : items;
            case var other:
                WrongType(key, other, "a list, e.g. [a, b]");
                return [];
        }
    }

    /// <summary>
    /// Items of a list whose entries are each a single value or a mapping (a relation's bare id, or the id with its
    /// provenance), positioned for their own diagnostics.
    /// </summary>
    public IReadOnlyList<(string? Text, YamlMap? Map, SourceSpan Where)> MixedList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var items = new List<(string?, YamlMap?, SourceSpan)>(seq.Children.Count);
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && v.Trim().Length > 0) items.Add((v.Trim(), null, At(child)));
                    else if (child is YamlMappingNode m) items.Add((null, new YamlMap(m, _path, _firstLine, _diagnostics), At(child)));
                    else _diagnostics.Error(At(child), DiagnosticCodes.WrongType, $"Each item of '{key}' must be an id or a mapping with 'id:' and its provenance.");
                }
                return items;
            case var other:
                WrongType(key, other, "a list, e.g. [a, b]");
                return [];
        }
    }

    /// <summary>Items of a list whose entries are mappings, positioned for their own diagnostics.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var maps = new List<YamlMap>(seq.Children.Count);
                foreach (var child in seq.Children)
                {
                    if (child is YamlMappingNode m) maps.Add(new YamlMap(m, _path, _firstLine, _diagnostics));
                    else _diagnostics.Error(At(child), DiagnosticCodes.WrongType, $"Each item of '{key}' must be a mapping of 'field: value' lines.");
                }
                return maps;
            case var other:
                WrongType(key, other, "a list of mappings (lines starting with '- ')");
                return [];
        }
    }

    /// <summary>A field whose value is itself a mapping, positioned for its own diagnostics; null when absent or not a mapping (reported).</summary>
    public YamlMap? Map(string key)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlMappingNode m:
                return new YamlMap(m, _path, _firstLine, _diagnostics);
            case var other:
                WrongType(key, other, "a mapping of 'name: value' lines");
                return null;
        }
    }

    /// <summary>Where <paramref name="key"/> itself is written (not its value), for a diagnostic about the name.</summary>
    public SourceSpan KeySpan(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key) is { } node ? At(node) : Span;

    /// <summary>The position of every field's value, for the item the loader builds from this mapping.</summary>
    public FieldPositions Fields()
    {
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (key, value) in _node.Children)
            if (key is YamlScalarNode { Value: { } name }) spans.TryAdd(name, At(value));
        return new FieldPositions(spans);
    }

    /// <summary>Reports every field not in <paramref name="allowed"/>, with the closest allowed name as a suggestion.</summary>
    public void RejectUnknown(IReadOnlyList<string> allowed, string what)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (allowed.Contains(name)) continue;
            var suggestion = FieldNames.Closest(name, allowed);
            var fix = suggestion is null
                ? $"Remove it; {what} accepts: {string.Join(", ", allowed)}."
                : $"Did you mean '{suggestion}'?";
            _diagnostics.Error(At(key), DiagnosticCodes.UnknownField, $"Unknown field '{name}' in {what}. {fix}");
        }
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private void Missing(string key, string? hint) =>
        _diagnostics.Error(Span, DiagnosticCodes.MissingField, $"Required field '{key}' is missing; add '{key}: ...'{HintText(hint)}.");

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Error(At(node), DiagnosticCodes.WrongType, $"Field '{key}' must be {expected}, not {KindOf(node)}.");

    private static string HintText(string? hint) => hint is null ? "" : $" ({hint})";

    private static string KindOf(YamlNode node) => node switch
    {
        YamlScalarNode => "a single value",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "this",
    };
}
