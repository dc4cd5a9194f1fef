using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace JakKb.Markdown.GlossaryTerms;

/// <summary>Plugs glossary-term linking into the HTML renderer in place of Markdig's plain-text renderer.</summary>
public sealed class GlossaryTermExtension(GlossaryMatcher matcher) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.RemoveAll(r => r is LiteralInlineRenderer);
        html.ObjectRenderers.Insert(0, new HtmlGlossaryTermRenderer(matcher));
    }
}
