namespace JakKb.Model;

/// <summary>The /graph/ page: the entity types drawn as columns, left to right, and the type the page is centred on.</summary>
public sealed record GraphSpec(IReadOnlyList<string> Columns, string? Anchor)
{
    /// <summary>How the drawn relations read, for the graph's text alternative, e.g. "an author writes a book".</summary>
    public string? Legend { get; init; }
}
