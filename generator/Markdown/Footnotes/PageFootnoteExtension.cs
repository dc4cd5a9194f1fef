using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace JakKb.Markdown.Footnotes;

/// <summary>
/// Markdig's footnotes, written with ids unique on the page: a page shows its body and the curation notes' texts, each
/// a Markdown document numbering its footnotes from 1, and Markdig's <c>fn:1</c> would then be on the page twice.
/// Ids keep Markdig's colon, which no heading slug has, so a footnote and a heading never share an id.
/// </summary>
public sealed class PageFootnoteExtension : IMarkdownExtension
{
    /// <summary>Nothing to parse: Markdig's <c>UseFootnotes</c>, added before this, reads the footnotes.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<HtmlPageFootnoteLinkRenderer>()) return;
        html.ObjectRenderers.RemoveAll(r => r is HtmlFootnoteGroupRenderer or HtmlFootnoteLinkRenderer);
        html.ObjectRenderers.Insert(0, new HtmlPageFootnoteGroupRenderer());
        html.ObjectRenderers.Insert(0, new HtmlPageFootnoteLinkRenderer());
    }
}
