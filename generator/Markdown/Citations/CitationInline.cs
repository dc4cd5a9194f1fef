using Markdig.Syntax.Inlines;

namespace JakKb.Markdown.Citations;

/// <summary>
/// A Pandoc-style citation, <c>[@kim2013]</c> or <c>[@a; @b]</c>, of bibliography keys. A key may be followed by
/// <c>#20</c>, the entry of the document's reference list it means where the list prints the work twice, and by
/// <c>inferred</c> where the document prints no citation and the curators attach one.
/// </summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>Per key: the reference-list entry it names (<c>#20</c>), or null.</summary>
    public IReadOnlyList<int?> Listed { get; init; } = [];

    /// <summary>Per key: whether the curators inferred it (the document prints no citation here).</summary>
    public IReadOnlyList<bool> Inferred { get; init; } = [];

    public int? ListedAt(int i) => i < Listed.Count ? Listed[i] : null;

    public bool InferredAt(int i) => i < Inferred.Count && Inferred[i];
}
