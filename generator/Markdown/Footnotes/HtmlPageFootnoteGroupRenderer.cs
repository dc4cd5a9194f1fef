using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JakKb.Markdown.Footnotes;

/// <summary>The list of footnotes at the end of a Markdown text.</summary>
public sealed class HtmlPageFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        var page = PageHtmlRenderer.PageOf(renderer);
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.Write("<li id=\"").Write(FootnoteIds.Note(page, footnote)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
