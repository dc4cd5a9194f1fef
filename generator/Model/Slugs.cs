using System.Text;
using System.Text.RegularExpressions;

namespace JakKb.Model;

public static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SafeSlug();

    /// <summary>
    /// Ids become folder names in the output, so only plain slugs are accepted: no separators, no dots,
    /// nothing a file system treats specially.
    /// </summary>
    public static bool IsSafe(string id) => id.Length is > 0 and <= 80 && SafeSlug().IsMatch(id) && !Reserved.Contains(id);

    /// <summary>Names that would collide with the site's own pages or with device names on Windows.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "index", "assets", "search", "glossary", "references", "curation-notes", "graph",
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2", "lpt3",
    };

    // Greek letters carry meaning in this domain (IFN-γ is not IFN), so they are spelled out, not dropped.
    private static readonly Dictionary<char, string> GreekLetters = new()
    {
        ['α'] = "alpha",
        ['β'] = "beta",
        ['γ'] = "gamma",
        ['δ'] = "delta",
        ['κ'] = "kappa",
        ['λ'] = "lambda",
    };

    /// <summary>An anchor-safe slug for any text, e.g. a glossary term "IFN-γ" → "ifn-gamma".</summary>
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (GreekLetters.TryGetValue(c, out var name)) sb.Append(name);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "term" : slug;
    }
}
