using System.Net;

namespace JakKb.Model;

/// <summary>
/// Text that is safe to write into HTML as it is. Templates only ever receive <see cref="Html"/>,
/// never raw strings, so nothing a contributor writes can reach a page unescaped.
/// </summary>
public sealed class Html
{
    private Html(string value) => Value = value;

    public string Value { get; }

    public static readonly Html Empty = new(string.Empty);

    public static Html Encode(string? text) => new(WebUtility.HtmlEncode(text ?? string.Empty));

    /// <summary>Only for markup our own code produced (Markdig output, generated SVG).</summary>
    public static Html Trusted(string markup) => new(markup);

    public bool IsEmpty => Value.Length == 0;

    public override string ToString() => Value;
}
