using JakKb.Model;

namespace JakKb.Markdown.GlossaryTerms;

/// <summary>
/// Finds glossary terms in running text. Built once per build from every term and alias. It walks the text
/// word by word and looks up the few spans that start at each word (longest first), so the cost per page is
/// linear in its text, whatever the size of the glossary; a regular-expression alternation of hundreds of
/// terms tries every term at almost every position.
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly Dictionary<string, GlossaryTerm> _byText = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GlossaryTerm>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, GlossaryTerm>.AlternateLookup<ReadOnlySpan<char>> _folded;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly int _maxWords;
    private readonly int _maxLength;

    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        var exact = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        var folded = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var text in term.Aliases.Prepend(term.Term))
            {
                if (!_byText.TryAdd(text, term)) continue;
                // Abbreviations match case-sensitively (so "OS" is not "os"); lower-case phrases match in any case.
                (text.Any(char.IsUpper) ? exact : folded).TryAdd(text, term);
                firstWords.Add(FirstWord(text));
                _maxWords = Math.Max(_maxWords, WordCount(text));
                _maxLength = Math.Max(_maxLength, text.Length);
            }
        }
        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _folded = folded.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public GlossaryTerm? Lookup(string text) => _byText.GetValueOrDefault(text);

    public IEnumerable<(int Index, int Length, GlossaryTerm Term)> Matches(string text)
    {
        var found = new List<(int, int, GlossaryTerm)>();
        if (_maxWords == 0) return found;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }
            var (length, term) = LongestAt(text, i);
            if (term is null)
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                continue;
            }
            found.Add((i, length, term));
            i += length;
        }
        return found;
    }

    /// <summary>The longest term that starts at <paramref name="start"/> and ends at a word boundary.</summary>
    private (int Length, GlossaryTerm? Term) LongestAt(string text, int start)
    {
        (int, GlossaryTerm?) best = (0, null);
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        // Most words start no term: one set lookup rules them out before any longer span is tried.
        if (!_firstWords.Contains(text.AsSpan(start, end - start))) return best;
        end = start;
        for (var words = 0; words < _maxWords && end < text.Length; words++)
        {
            while (end < text.Length && IsWordChar(text[end])) end++;
            if (end - start > _maxLength) break;
            var span = text.AsSpan(start, end - start);
            if (_exact.TryGetValue(span, out var term) || _folded.TryGetValue(span, out term)) best = (end - start, term);
            while (end < text.Length && !IsWordChar(text[end])) end++;
        }
        return best;
    }

    // Hyphens belong to words here, as in "IFN-γ" and "PD-1"; a term never matches inside a longer word.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

    private static string FirstWord(string text)
    {
        var start = 0;
        while (start < text.Length && !IsWordChar(text[start])) start++;
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return text[start..end];
    }

    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1]))) count++;
        return count;
    }
}
