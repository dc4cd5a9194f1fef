using System.Text.RegularExpressions;

namespace JakKb.Model;

/// <summary>
/// The scheme of an address as RFC 3986 defines it, <c>[A-Za-z][A-Za-z0-9+.-]*:</c> at the very start: <c>foo):</c> has
/// none, so a browser reads it as a relative path. The link policy and the output link checker share this one reading.
/// </summary>
public static partial class UrlScheme
{
    /// <summary>The scheme without its colon, or null when the address has none (a relative path).</summary>
    public static string? Of(string url) => Pattern().Match(url) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Pattern();
}
