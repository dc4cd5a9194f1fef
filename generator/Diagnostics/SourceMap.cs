using System.Runtime.CompilerServices;

namespace JakKb.Diagnostics;

/// <summary>
/// Where each loaded value was written, kept beside the model rather than in it, so the model stays plain data
/// and later stages can still point a diagnostic at the exact list item or field (a relation's third target,
/// a fact's <c>source:</c>) instead of at the whole entry. Field positions are keyed by object identity, and die
/// with the model; list items' positions travel with the list.
/// </summary>
public static class SourceMap
{
    private static readonly ConditionalWeakTable<object, IReadOnlyDictionary<string, SourceSpan>> Fields = new();

    /// <summary>A list of <paramref name="items"/> that knows where each was written (see <see cref="Item"/>).</summary>
    public static List<T> Positioned<T>(IEnumerable<T> items, SourceSpan[] spans) => new PositionedList<T>(items, spans);

    /// <summary>Records the position of each field's value of a model object the loader built.</summary>
    public static void SetFields(object owner, IReadOnlyDictionary<string, SourceSpan> spans) => Fields.AddOrUpdate(owner, spans);

    /// <summary>The position of item <paramref name="index"/> of <paramref name="list"/>, or <paramref name="fallback"/> when unknown.</summary>
    public static SourceSpan Item(object list, int index, SourceSpan fallback) =>
        list is IItemPositions { Spans: var spans } && index >= 0 && index < spans.Length ? spans[index] : fallback;

    // Lists carry their items' positions themselves: a weak table entry for each of the hundreds of thousands of
    // lists in a large input cost more memory than the input's text, and slowed every garbage collection.
    private interface IItemPositions
    {
        SourceSpan[] Spans { get; }
    }

    private sealed class PositionedList<T>(IEnumerable<T> items, SourceSpan[] spans) : List<T>(items), IItemPositions
    {
        public SourceSpan[] Spans { get; } = spans;
    }

    /// <summary>The position of <paramref name="field"/>'s value on <paramref name="owner"/>, or <paramref name="fallback"/> when unknown.</summary>
    public static SourceSpan Field(object owner, string field, SourceSpan fallback) =>
        Fields.TryGetValue(owner, out var spans) && spans.TryGetValue(field, out var span) ? span : fallback;
}
