using Markdig.Syntax.Inlines;

namespace JakKb.Markdown.WikiLinks;

/// <summary>
/// <c>[[stat3]]</c>, <c>[[protein:stat3|Signal transducer 3]]</c> or <c>[[term:DCR]]</c>: a link to an entity (optionally
/// type-checked) or to a glossary term, by id rather than by URL so pages can move without breaking links.
/// </summary>
public sealed class WikiLinkInline : LeafInline
{
    public const string TermPrefix = "term";

    public required string? TypeName { get; init; }

    public required string Target { get; init; }

    public required string? Label { get; init; }

    public bool IsGlossaryTerm => TypeName == TermPrefix;
}
