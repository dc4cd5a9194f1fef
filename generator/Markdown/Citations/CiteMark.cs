namespace JakKb.Markdown.Citations;

/// <summary>How one citation shows on a page: the number a reader sees, and the reference-list entry it links to.</summary>
public sealed record CiteMark(int Number, string Anchor);
