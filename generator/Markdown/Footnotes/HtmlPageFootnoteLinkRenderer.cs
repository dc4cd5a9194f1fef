using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JakKb.Markdown.Footnotes;

/// <summary>A footnote reference (a superscript number) and the back link at the end of the footnote.</summary>
public sealed class HtmlPageFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var page = PageHtmlRenderer.PageOf(renderer);
        var reference = FootnoteIds.Reference(page, link.Footnote, link.Index);
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#").Write(reference).Write("\" class=\"footnote-back-ref\" aria-label=\"Back to the text\">&#8617;</a>");
            return;
        }
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<a id=\"").Write(reference).Write("\" href=\"#").Write(FootnoteIds.Note(page, link.Footnote))
            .Write("\" class=\"footnote-ref\"><sup>").Write(order).Write("</sup></a>");
    }
}
