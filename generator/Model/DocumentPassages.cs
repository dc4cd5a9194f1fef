namespace JakKb.Model;

/// <summary>
/// A document's text as passages: each paragraph (<c>p-3</c>) and each table cell (<c>t1-r2-c4</c>, tables counted in
/// the order the text prints them) with its whitespace collapsed, so quotes match whatever the line breaks.
/// </summary>
public sealed record DocumentPassages(string Path, IReadOnlyList<Passage> Passages, UInt128 Hash)
{
    /// <summary>
    /// The passages read as one text, a space between each, where a quote's prefix and suffix are matched (they may
    /// reach into the passages around it); made once per document rather than once per quote looked up.
    /// </summary>
    public string Whole { get; } = string.Join(' ', Passages.Select(p => p.Text));

    /// <summary>Where each passage starts in <see cref="Whole"/>.</summary>
    public IReadOnlyDictionary<Passage, int> Starts { get; } = StartsOf(Passages);

    private static Dictionary<Passage, int> StartsOf(IReadOnlyList<Passage> passages)
    {
        var starts = new Dictionary<Passage, int>(ReferenceEqualityComparer.Instance);
        var offset = 0;
        foreach (var passage in passages)
        {
            starts[passage] = offset;
            offset += passage.Text.Length + 1;
        }
        return starts;
    }

    /// <summary>Runs of whitespace become one space, and the ends are trimmed: how both text and quotes are compared.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One paragraph or table cell. <see cref="Row"/> and <see cref="Column"/> are set for a cell (1-based).</summary>
public sealed record Passage(string Anchor, string Text, int? Table = null, int? Row = null, int? Column = null);
