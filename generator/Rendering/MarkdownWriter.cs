using JakKb.Markdown;
using JakKb.Model;
using Markdig;
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

    public Html Write(string markdown, IPageLinks page) =>
        Write(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Parsing), page);
}
