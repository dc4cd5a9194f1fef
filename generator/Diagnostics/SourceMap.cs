namespace JakKb.Diagnostics;

/// <summary>
/// Where each item of a loaded list was written, carried by the list itself, so later stages can point a diagnostic
/// at the exact item (a relation's third target) instead of at the whole entry. Fields' positions are on the
/// items (<see cref="FieldPositions"/>).
/// </summary>
public static class SourceMap
{
    /// <summary>A list of <paramref name="items"/> that knows where each was written (see <see cref="Item"/>).</summary>
    public static List<T> Positioned<T>(IEnumerable<T> items, SourceSpan[] spans) => new PositionedList<T>(items, spans);

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
}
