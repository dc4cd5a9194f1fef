using JakKb.Markdown;
using JakKb.Model;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JakKb.Rendering;

/// <summary>Writes Markdown to HTML through the build's shared pipeline, bound to one page's links.</summary>
public sealed class MarkdownWriter(MarkdownPipeline pipeline)
{
    public Html Write(MarkdownDocument document, IPageLinks page)
    {
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, page);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return Html.Trusted(writer.ToString());
    }

    /// <summary>
    /// A short text shown among others (a curation note, on its entity's page and on the notes page). Its headings
    /// get no ids: each text is parsed on its own, so their ids would repeat those of the page body or of other notes.
    /// </summary>
    public Html Write(string markdown, IPageLinks page)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing);
        foreach (var heading in document.Descendants<HeadingBlock>()) heading.GetAttributes().Id = null;
        return Write(document, page);
    }
}
