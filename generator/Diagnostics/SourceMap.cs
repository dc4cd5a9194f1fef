using System.Runtime.CompilerServices;

namespace JakKb.Diagnostics;

/// <summary>
/// Where each loaded value was written, kept beside the model rather than in it, so the model stays plain data
/// and later stages can still point a diagnostic at the exact list item or field (a relation's third target,
/// a fact's <c>source:</c>) instead of at the whole entry. Keyed by object identity; entries die with the model.
/// </summary>
public static class SourceMap
{
    private static readonly ConditionalWeakTable<object, SourceSpan[]> Items = new();
    private static readonly ConditionalWeakTable<object, IReadOnlyDictionary<string, SourceSpan>> Fields = new();

    /// <summary>Records the position of every item of a list the loader built.</summary>
    public static void SetItems(object list, SourceSpan[] spans) => Items.AddOrUpdate(list, spans);

    /// <summary>Records the position of each field's value of a model object the loader built.</summary>
    public static void SetFields(object owner, IReadOnlyDictionary<string, SourceSpan> spans) => Fields.AddOrUpdate(owner, spans);

    /// <summary>The position of item <paramref name="index"/> of <paramref name="list"/>, or <paramref name="fallback"/> when unknown.</summary>
    public static SourceSpan Item(object list, int index, SourceSpan fallback) =>
        Items.TryGetValue(list, out var spans) && index >= 0 && index < spans.Length ? spans[index] : fallback;

    /// <summary>The position of <paramref name="field"/>'s value on <paramref name="owner"/>, or <paramref name="fallback"/> when unknown.</summary>
    public static SourceSpan Field(object owner, string field, SourceSpan fallback) =>
        Fields.TryGetValue(owner, out var spans) && spans.TryGetValue(field, out var span) ? span : fallback;
}
