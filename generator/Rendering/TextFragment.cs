using JakKb.Model;

namespace JakKb.Rendering;

/// <summary>
/// A URL text fragment (WICG "Text Fragments": <c>#:~:text=[prefix-,]start[,-suffix]</c>), which browsers that support
/// it scroll to and highlight. Each part is percent-encoded, and so are the directive's own delimiters '-', ',' and
/// '&amp;' when they are part of the words.
/// </summary>
public static class TextFragment
{
    public const string Delimiter = ":~:";

    public static string Directive(string exact, string? prefix = null, string? suffix = null) =>
        Delimiter + "text=" + (string.IsNullOrEmpty(prefix) ? "" : Encode(prefix) + "-,") + Encode(exact) + (string.IsNullOrEmpty(suffix) ? "" : ",-" + Encode(suffix));

    public static string Directive(TextQuote quote) => Directive(quote.Exact, quote.Prefix, quote.Suffix);

    /// <summary>Whitespace collapsed, then every character but letters, digits and '.', '_', '~' percent-encoded as UTF-8.</summary>
    public static string Encode(string text) =>
        Uri.EscapeDataString(DocumentPassages.Normalise(text)).Replace("-", "%2D", StringComparison.Ordinal);
}
