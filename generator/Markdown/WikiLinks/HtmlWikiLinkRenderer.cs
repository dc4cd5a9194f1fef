using JakKb.Markdown.GlossaryTerms;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JakKb.Markdown.WikiLinks;

/// <summary>Writes a resolved wiki link; unresolved targets were already reported by the linking stage.</summary>
public sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var page = PageHtmlRenderer.PageOf(renderer);
        if (link.IsGlossaryTerm)
        {
            var term = page.Term(link.Target);
            if (term is null) renderer.WriteEscape(link.Label ?? link.Target);
            else HtmlGlossaryTermRenderer.WriteTerm(renderer, page, term, link.Label ?? link.Target);
            return;
        }
        var target = page.Entity(link.TypeName, link.Target);
        if (target is null)
        {
            renderer.WriteEscape(link.Label ?? link.Target);
            return;
        }
        // No summary in a title attribute: on an entity page with dozens of links it cost more bytes than the prose.
        renderer.Write("<a class=\"wikilink\" href=\"").WriteEscapeUrl(page.Root + target.Url).Write("\">")
            .WriteEscape(link.Label ?? target.Title).Write("</a>");
    }
}
