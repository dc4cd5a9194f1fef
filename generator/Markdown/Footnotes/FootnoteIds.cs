using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace JakKb.Markdown.Footnotes;

/// <summary>The ids of a footnote and of its references, prefixed by the page's number for the Markdown document that holds it.</summary>
public static class FootnoteIds
{
    public static string Note(IPageLinks page, Footnote note) =>
        "fn:" + Prefix(page, note) + note.Order.ToString(CultureInfo.InvariantCulture);

    public static string Reference(IPageLinks page, Footnote note, int index) =>
        "fnref:" + Prefix(page, note) + index.ToString(CultureInfo.InvariantCulture);

    private static string Prefix(IPageLinks page, Footnote note)
    {
        Block? block = note;
        while (block is not null and not MarkdownDocument) block = block.Parent;
        var n = block is MarkdownDocument document ? page.DocumentNumber(document) : 1;
        return n == 1 ? "" : n.ToString(CultureInfo.InvariantCulture) + ":";
    }
}
