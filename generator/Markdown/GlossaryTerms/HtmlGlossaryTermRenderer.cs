using JakKb.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JakKb.Markdown.GlossaryTerms;

/// <summary>
/// Writes plain text, linking the first mention of each glossary term on the page to its entry, with the
/// definition as a tooltip that appears on hover and on keyboard focus.
/// </summary>
public sealed class HtmlGlossaryTermRenderer : HtmlObjectRenderer<LiteralInline>
{
    private readonly GlossaryMatcher _matcher;
    private readonly LiteralInlineRenderer _plain = new();

    public HtmlGlossaryTermRenderer(GlossaryMatcher matcher) => _matcher = matcher;

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (!renderer.EnableHtmlForInline || InsideLinkOrHeading(literal))
        {
            _plain.Write(renderer, literal);
            return;
        }
        var page = PageHtmlRenderer.PageOf(renderer);
        var text = literal.Content.ToString();
        var written = 0;
        foreach (var (index, length, term) in _matcher.Matches(text))
        {
            if (!page.FirstMention(term)) continue;
            renderer.WriteEscape(text.AsSpan(written, index - written));
            WriteTerm(renderer, page, term, text.Substring(index, length));
            written = index + length;
        }
        renderer.WriteEscape(text.AsSpan(written));
    }

    public static void WriteTerm(HtmlRenderer renderer, IPageLinks page, GlossaryTerm term, string shown)
    {
        var tip = page.NextTooltipId();
        renderer.Write("<span class=\"term\"><a href=\"").Write(page.Root).Write("glossary/#").WriteEscapeUrl(term.Slug)
            .Write("\" aria-describedby=\"").Write(tip).Write("\">").WriteEscape(shown)
            .Write("</a><span class=\"tip\" role=\"tooltip\" id=\"").Write(tip).Write("\">");
        if (term.Expansion is not null) renderer.Write("<b>").WriteEscape(term.Expansion).Write("</b>: ");
        renderer.WriteEscape(term.Definition).Write("</span></span>");
    }

    private static bool InsideLinkOrHeading(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return inline.Parent?.ParentBlock is HeadingBlock;
    }
}
