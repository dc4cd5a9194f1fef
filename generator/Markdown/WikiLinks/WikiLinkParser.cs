using Markdig.Helpers;
using Markdig.Parsers;

namespace JakKb.Markdown.WikiLinks;

/// <summary>
/// Reads <c>[[type:target|label]]</c> on one line; anything else, and brackets that are CommonMark's own link syntax
/// (<see cref="StandardLinkSyntax"/>), falls through to ordinary links.
/// </summary>
public sealed class WikiLinkParser : InlineParser
{
    public WikiLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar(1) != '[') return false;
        var text = slice.Text;
        var start = slice.Start + 2;
        var end = text.IndexOf("]]", start, slice.End - start + 1, StringComparison.Ordinal);
        if (end < 0) return false;
        var inner = text[start..end];
        if (inner.Length == 0 || inner.Contains('\n') || inner.Contains('[')) return false;
        if (StandardLinkSyntax.Claims(processor, text, slice.Start, end + 1, inner)) return false;

        var (head, label) = inner.Split('|', 2) is [var h, var l] ? (h, l.Trim()) : (inner, null);
        var (typeName, target) = head.Split(':', 2) is [var t, var g] ? (t.Trim(), g.Trim()) : (null, head.Trim());
        if (target.Length == 0) return false;

        processor.Inline = new WikiLinkInline
        {
            TypeName = typeName,
            Target = target,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(slice.Start, out var line, out var column), end + 1),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}
