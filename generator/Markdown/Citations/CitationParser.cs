using Markdig.Helpers;
using Markdig.Parsers;

namespace JakKb.Markdown.Citations;

/// <summary>
/// Reads <c>[@key]</c>, <c>[@key1; @key2]</c> and <c>[@key #20 inferred]</c>; a bracket without '@' keys, or one that is CommonMark's own link
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
        var listed = new List<int?>();
        var inferred = new List<bool>();
        foreach (var part in inner.Split(';'))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0 || words[0].Length < 2 || words[0][0] != '@') return false;
            int? number = null;
            var isInferred = false;
            foreach (var word in words.Skip(1))
            {
                if (word == "inferred") isInferred = true;
                else if (word.Length > 1 && word[0] == '#' && int.TryParse(word.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0) number = n;
                else return false;
            }
            keys.Add(words[0][1..]);
            listed.Add(number);
            inferred.Add(isInferred);
        }

        processor.Inline = new CitationInline
        {
            Keys = keys,
            Listed = listed,
            Inferred = inferred,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(slice.Start, out var line, out var column), end),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
