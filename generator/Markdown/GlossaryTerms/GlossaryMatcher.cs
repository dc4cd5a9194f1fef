using System.Text.RegularExpressions;
using JakKb.Model;

namespace JakKb.Markdown.GlossaryTerms;

/// <summary>
/// Finds glossary terms in running text. Built once per build from every term and alias: one compiled
/// alternation, longest first, so "IFN-γ" wins over "IFN" and the cost per page stays linear.
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, GlossaryTerm> _byText;

    public GlossaryMatcher(IEnumerable<GlossaryTerm> terms)
    {
        _byText = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<string>();
        foreach (var term in terms)
        {
            foreach (var text in term.Aliases.Prepend(term.Term))
            {
                if (!_byText.TryAdd(text, term)) continue;
                // Abbreviations match case-sensitively (so "OS" is not "os"); lower-case phrases match in any case.
                var escaped = Regex.Escape(text);
                patterns.Add(text.Any(char.IsUpper) ? escaped : $"(?i:{escaped})");
            }
        }
        if (patterns.Count == 0) return;
        patterns.Sort((a, b) => b.Length.CompareTo(a.Length));
        _regex = new Regex($@"(?<![\w-])(?:{string.Join('|', patterns)})(?![\w-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public GlossaryTerm? Lookup(string text) => _byText.GetValueOrDefault(text);

    public IEnumerable<(int Index, int Length, GlossaryTerm Term)> Matches(string text)
    {
        if (_regex is null) yield break;
        foreach (Match m in _regex.Matches(text))
            yield return (m.Index, m.Length, _byText[m.Value]);
    }
}
