using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JakKb.Markdown.Citations;

/// <summary>Writes citations as numbered links into the page's own reference list.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var page = PageHtmlRenderer.PageOf(renderer);
        renderer.Write("<span class=\"cite\">[");
        for (var i = 0; i < citation.Keys.Count; i++)
        {
            if (i > 0) renderer.Write(", ");
            var key = citation.Keys[i];
            var number = page.CiteNumber(key);
            renderer.Write("<a href=\"#ref-").WriteEscapeUrl(key).Write("\" aria-label=\"Reference ")
                .Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\">")
                .Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</a>");
        }
        renderer.Write("]</span>");
    }
}
