using Markdig.Syntax.Inlines;

namespace JakKb.Markdown.Citations;

/// <summary>A Pandoc-style citation, <c>[@kim2013]</c> or <c>[@a; @b]</c>, of bibliography keys.</summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<string> Keys { get; init; }
}
