using JakKb.Markdown.Citations;
using JakKb.Markdown.GlossaryTerms;
using JakKb.Markdown.WikiLinks;
using Markdig;

namespace JakKb.Markdown;

/// <summary>Builds the Markdown pipelines once per build; Markdig pipelines are immutable and shared across threads.</summary>
public static class MarkdownPipelines
{
    /// <summary>
    /// For parsing: raw HTML is off (it is escaped, never passed through), so a contributor's
    /// Markdown cannot carry script into a page.
    /// </summary>
    public static MarkdownPipeline Parsing { get; } = Base().Build();

    /// <summary>For writing: the parsing pipeline plus glossary-term linking, which needs this build's glossary.</summary>
    public static MarkdownPipeline Rendering(GlossaryMatcher glossary) =>
        Base().Use(new GlossaryTermExtension(glossary)).Build();

    private static MarkdownPipelineBuilder Base() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation()
            .DisableHtml()
            .Use<WikiLinkExtension>()
            .Use<CitationExtension>();
}
