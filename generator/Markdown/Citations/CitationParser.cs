using Markdig.Helpers;
using Markdig.Parsers;

namespace JakKb.Markdown.Citations;

/// <summary>
/// Reads <c>[@key]</c> and <c>[@key1; @key2]</c>; a bracket without '@' keys, or one that is CommonMark's own link
/// syntax (<c>[@key](https://…)</c>, see <see cref="StandardLinkSyntax"/>), is left to other parsers.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar(1) != '@') return false;
        var text = slice.Text;
        var end = text.IndexOf(']', slice.Start, slice.End - slice.Start + 1);
        if (end < 0) return false;
        var inner = text[(slice.Start + 1)..end];
        if (inner.Contains('\n')) return false;
        if (StandardLinkSyntax.Claims(processor, text, slice.Start, end, inner)) return false;

        var keys = new List<string>();
        foreach (var part in inner.Split(';'))
        {
            var key = part.Trim();
            if (key.Length < 2 || key[0] != '@') return false;
            keys.Add(key[1..]);
        }

        processor.Inline = new CitationInline
        {
            Keys = keys,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(slice.Start, out var line, out var column), end),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
