using System.Text.RegularExpressions;

namespace JakKb.Model;

/// <summary>Site-wide settings from input/site.yml, overridable on the command line.</summary>
public sealed partial record SiteConfig(string Title, string Description, string BasePath, string? Repository, string Branch, string ContentPath)
{
    public static readonly SiteConfig Default = new("JakKb", "", "/", null, "main", "input");

    /// <summary>
    /// Whether files that run script (HTML, SVG, JavaScript...) may be published from input/assets/. Off by default:
    /// see the trust model in the README.
    /// </summary>
    public bool AllowActiveAssets { get; init; }

    /// <summary>The base path always starts and ends with '/', so it can prefix any site-relative URL.</summary>
    public static string NormalizeBasePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    // Segments of URL-safe characters (RFC 3986's unreserved set), each followed by '/'. No '\' (browsers read '/\'
    // as '//', a path to another host), no '%', ':', '?', '#', whitespace or control character.
    [GeneratedRegex(@"^/([A-Za-z0-9._~-]+/)*\z")]
    private static partial Regex PlainPath();

    /// <summary>
    /// Null when <paramref name="path"/> is a plain base path (the leading and trailing '/' may be left out), else
    /// why not. The base path prefixes every script, style and link of the 404 page, so it must not name another
    /// host or climb out of the site.
    /// </summary>
    public static string? BasePathProblem(string path)
    {
        var withSlashes = (path.StartsWith('/') ? "" : "/") + path + (path.EndsWith('/') ? "" : "/");
        if (path.Length == 0 || path == "/") return null;
        if (withSlashes.Contains("//", StringComparison.Ordinal)) return "it holds an empty segment ('//'), which browsers read as another host";
        if (!PlainPath().IsMatch(withSlashes)) return "it may hold only letters, digits, '.', '_', '~', '-' and '/' (no '\\', ':', '%', spaces or control characters)";
        if (withSlashes.Split('/').Any(s => s is "." or "..")) return "it holds a '.' or '..' segment";
        return null;
    }
}
