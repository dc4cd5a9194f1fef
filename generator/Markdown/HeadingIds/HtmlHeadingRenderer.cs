using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JakKb.Markdown.HeadingIds;

/// <summary>Writes a heading with the id its page gives its slug.</summary>
public sealed class HtmlHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        var id = PageHtmlRenderer.PageOf(renderer).HeadingId(HeadingSlug.For(heading));
        renderer.Write('<').Write(tag).Write(" id=\"").WriteEscape(id).Write('"').WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}
