namespace JakKb.Model;

/// <summary>
/// A document's text as passages: each paragraph (<c>p-3</c>) and each table cell (<c>t1-r2-c4</c>, tables counted in
/// the order the text prints them) with its whitespace collapsed, so quotes match whatever the line breaks.
/// </summary>
public sealed record DocumentPassages(string Path, IReadOnlyList<Passage> Passages, UInt128 Hash)
{
    /// <summary>Runs of whitespace become one space, and the ends are trimmed: how both text and quotes are compared.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One paragraph or table cell. <see cref="Row"/> and <see cref="Column"/> are set for a cell (1-based).</summary>
public sealed record Passage(string Anchor, string Text, int? Table = null, int? Row = null, int? Column = null);
