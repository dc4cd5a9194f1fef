using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace JakKb.Markdown.WikiLinks;

public sealed class WikiLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlWikiLinkRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlWikiLinkRenderer());
    }
}
