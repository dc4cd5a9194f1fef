using Markdig.Parsers;
using Markdig.Syntax;

namespace JakKb.Markdown;

/// <summary>
/// When a bracket that looks like one of our extensions (<c>[[jak2]]</c>, <c>[@key]</c>) is CommonMark's own link
/// syntax instead, so our parsers leave it to Markdig's: a contributor's standard Markdown keeps its meaning, and no
/// link address is ever dropped.
/// </summary>
public static class StandardLinkSyntax
{
    /// <summary>
    /// True when the brackets from <paramref name="open"/> to <paramref name="close"/> (the last <c>]</c>) belong to
    /// CommonMark: followed by a link address or label (<c>[[jak2]](https://…)</c>, <c>[@key][ref]</c>), nested in more
    /// brackets (<c>[[[foo]]]</c>), an image's text (<c>![[foo]]</c>), a link reference this text defines
    /// (<c>[[*foo* bar]]</c> with <c>[*foo* bar]: /url</c>), or a line shaped like a link reference definition
    /// (<c>[[foo]]: /url</c>, not <c>[[jak2]]: the main target</c>).
    /// </summary>
    public static bool Claims(InlineProcessor processor, string text, int open, int close, string innerLabel)
    {
        var before = open > 0 ? text[open - 1] : '\n';
        var after = close + 1 < text.Length ? text[close + 1] : '\n';
        if (after is '(' or '[' or ']' || before is '[' or '!') return true;
        if (processor.Document.TryGetLinkReferenceDefinition(innerLabel, out _)) return true;
        return after == ':' && AtLineStart(text, open) && ShapedLikeDestination(text, close + 2);
    }

    /// <summary>The rest of the line is an address and perhaps a quoted title: <c>/url "title"</c>, not <c>the main target</c>.</summary>
    private static bool ShapedLikeDestination(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        var rest = text[from..(end < 0 ? text.Length : end)].Trim();
        if (rest.Length == 0) return false;
        var space = rest.IndexOfAny([' ', '\t']);
        return space < 0 || rest[(space + 1)..].TrimStart() is ['"' or '\'' or '(', ..];
    }

    private static bool AtLineStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ' && index - i <= 3) i--;
        return i < 0 || text[i] == '\n';
    }
}
