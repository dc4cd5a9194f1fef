using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JakKb.Markdown.HeadingIds;

/// <summary>
/// GitHub-style heading ids, in two steps. Parsing gives each heading its slug once per file (<see cref="HeadingSlug"/>);
/// writing makes it unique on the page it lands on (<see cref="IPageLinks.HeadingId"/>), so a heading can never take an
/// id the page's own elements use (<c>main</c>, a fact's anchor) nor one another Markdown text on the same page used.
/// Markdig's AutoIdentifiers did both at parse time, blind to the page, and made repeated headings unique by trying
/// <c>-1</c>, <c>-2</c>, … from the start each time: quadratic in the number of repeats.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // ATX headings close in their own parser; setext headings are paragraphs until their underline.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } atx)
        {
            atx.Closed -= HeadingClosed;
            atx.Closed += HeadingClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } setext)
        {
            setext.Closed -= HeadingClosed;
            setext.Closed += HeadingClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlHeadingRenderer>())
        {
            html.ObjectRenderers.RemoveAll(r => r is HeadingRenderer);
            html.ObjectRenderers.Insert(0, new HtmlHeadingRenderer());
        }
    }

    private static void HeadingClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += (_, _) => HeadingSlug.Attach(heading);
    }
}
