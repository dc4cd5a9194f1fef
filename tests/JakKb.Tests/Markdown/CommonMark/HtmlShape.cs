using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JakKb.Tests.Markdown.CommonMark;

/// <summary>
/// HTML in a canonical form, as the CommonMark test suite compares it (its normalize.py): entities decoded, attributes
/// sorted, runs of white space as one space outside <c>pre</c>, no white space beside block tags.
/// </summary>
public static partial class HtmlShape
{
    private static readonly HtmlParser Parser = new();

    /// <param name="html">An HTML fragment.</param>
    /// <param name="headingIds">Whether headings keep their id: the suite's allowance is that headings may carry one.</param>
    public static string Of(string html, bool headingIds = true)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + html);
        var sb = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes) Write(node, sb, headingIds, inPre: false);
        var text = sb.ToString();
        return BesideBlockTag().Replace(text, "$1").Trim();
    }

    /// <summary>The element names in <paramref name="html"/>.</summary>
    public static IEnumerable<string> Elements(string html) =>
        Parser.ParseDocument("<!DOCTYPE html><body>" + html).Body!.Descendants<IElement>().Select(e => e.LocalName);

    private static void Write(INode node, StringBuilder sb, bool headingIds, bool inPre)
    {
        switch (node)
        {
            case IText text:
                var value = inPre ? text.Data : Space().Replace(text.Data, " ");
                sb.Append(Escape(value));
                break;
            case IElement element:
                sb.Append('<').Append(element.LocalName);
                var isHeading = element.LocalName is ['h', >= '1' and <= '6'];
                foreach (var a in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    if (!headingIds && isHeading && a.Name == "id") continue;
                    sb.Append(' ').Append(a.Name).Append("=\"").Append(Escape(a.Value)).Append('"');
                }
                sb.Append('>');
                foreach (var child in element.ChildNodes) Write(child, sb, headingIds, inPre || element.LocalName == "pre");
                if (element.LocalName is not ("br" or "hr" or "img" or "input")) sb.Append("</").Append(element.LocalName).Append('>');
                break;
        }
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private static Regex BesideBlockTag() => BesideBlockTagPattern();

    [GeneratedRegex(@"\s*(</?(?:p|li|ul|ol|blockquote|h[1-6]|pre|hr|table|thead|tbody|tr|th|td|div|section|br)\b[^>]*>)\s*")]
    private static partial Regex BesideBlockTagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
