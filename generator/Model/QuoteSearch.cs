namespace JakKb.Model;

/// <summary>
/// Finds a quote in a document's passages, the way a TextQuoteSelector is resolved: the exact words, whitespace
/// collapsed, inside one passage, and among several such places those whose preceding words end with the prefix and
/// following words start with the suffix. Comparison is ordinal: a quote is the document's words, not a paraphrase.
/// </summary>
public static class QuoteSearch
{
    public sealed record Place(Passage Passage, int Start, int Length)
    {
        /// <summary>Up to <paramref name="width"/> characters before the place, for telling several apart in a message.</summary>
        public string Before(int width) => Passage.Text[Math.Max(0, Start - width)..Start];

        public string After(int width) => Passage.Text[(Start + Length)..Math.Min(Passage.Text.Length, Start + Length + width)];
    }

    /// <summary>Every place where the exact words occur, prefix and suffix ignored.</summary>
    public static IReadOnlyList<Place> Occurrences(DocumentPassages text, string exact)
    {
        var words = DocumentPassages.Normalise(exact);
        var result = new List<Place>();
        if (words.Length == 0) return result;
        foreach (var passage in text.Passages)
        {
            for (var at = passage.Text.IndexOf(words, StringComparison.Ordinal); at >= 0;
                 at = passage.Text.IndexOf(words, at + 1, StringComparison.Ordinal))
                result.Add(new Place(passage, at, words.Length));
        }
        return result;
    }

    /// <summary>
    /// The places the whole selector picks: one when the quote is good, none when it is missing, several when ambiguous.
    /// The exact words lie in one passage; the prefix and suffix may reach into the passages around it (the cells
    /// before it in a table row), read as one text with a space between passages.
    /// </summary>
    public static IReadOnlyList<Place> Find(DocumentPassages text, TextQuote quote)
    {
        var prefix = DocumentPassages.Normalise(quote.Prefix ?? "");
        var suffix = DocumentPassages.Normalise(quote.Suffix ?? "");
        return Occurrences(text, quote.Exact)
            .Where(p =>
            {
                var at = text.Starts[p.Passage] + p.Start;
                return text.Whole.AsSpan(0, at).TrimEnd().EndsWith(prefix, StringComparison.Ordinal)
                    && text.Whole.AsSpan(at + p.Length).TrimStart().StartsWith(suffix, StringComparison.Ordinal);
            })
            .ToList();
    }
}
