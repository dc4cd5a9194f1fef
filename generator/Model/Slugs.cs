using System.Text;
using System.Text.RegularExpressions;

namespace JakKb.Model;

public static partial class Slugs
{
    // \z, not $: in .NET '$' also matches before a final newline, so "jak2\n" would pass as a slug.
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex SafeSlug();

    /// <summary>A file name: slugs joined by dots, such as <c>site.css</c> or <c>jak2.md</c>.</summary>
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*\z")]
    private static partial Regex SafeName();

    /// <summary>
    /// Ids become folder names in the output, so only plain slugs are accepted: no separators, no dots,
    /// nothing a file system treats specially.
    /// </summary>
    public static bool IsSafe(string id) => id.Length is > 0 and <= 80 && SafeSlug().IsMatch(id) && !Reserved.Contains(id);

    /// <summary>
    /// A file or folder name the output may carry: the slug alphabet plus dots between slugs, and no Windows device
    /// name before its first dot (Windows opens the device for <c>nul.txt</c> as for <c>nul</c>).
    /// </summary>
    public static bool IsSafeFileName(string name) =>
        name.Length is > 0 and <= 120 && SafeName().IsMatch(name) && !DeviceNames.Contains(name.Split('.')[0]);

    /// <summary>Names Windows opens as devices, whatever the extension; a checkout or an unzipped site could not hold them.</summary>
    public static readonly IReadOnlySet<string> DeviceNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>Names that would collide with the site's own pages or with device names on Windows.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(
        ["index", "assets", "search", "glossary", "references", "curation-notes", "graph", .. DeviceNames], StringComparer.OrdinalIgnoreCase);

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
