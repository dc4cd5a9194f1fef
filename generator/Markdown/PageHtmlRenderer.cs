using Markdig.Renderers;

namespace JakKb.Markdown;

/// <summary>An HTML renderer bound to one page, so the shared, immutable pipeline can write page-specific links.</summary>
public sealed class PageHtmlRenderer : HtmlRenderer
{
    public PageHtmlRenderer(TextWriter writer, IPageLinks page) : base(writer)
    {
        Page = page;
        // Markdig passes every address it writes through this: root-relative links to pages become relative to this page.
        LinkRewriter = page.SiteLink;
    }

    public IPageLinks Page { get; }

    public static IPageLinks PageOf(HtmlRenderer renderer) =>
        (renderer as PageHtmlRenderer)?.Page
        ?? throw new InvalidOperationException("JakKb's Markdown extensions render only through PageHtmlRenderer.");
}
