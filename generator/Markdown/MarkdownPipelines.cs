using JakKb.Markdown.Citations;
using JakKb.Markdown.Footnotes;
using JakKb.Markdown.GlossaryTerms;
using JakKb.Markdown.HeadingIds;
using JakKb.Markdown.TableAlignment;
using JakKb.Markdown.TaskLists;
using JakKb.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace JakKb.Markdown;

/// <summary>Builds the Markdown pipelines once per build; Markdig pipelines are immutable and shared across threads.</summary>
public static class MarkdownPipelines
{
    /// <summary>
    /// For parsing: CommonMark with the GitHub features contributors expect (pipe tables, strikethrough, task lists,
    /// footnotes, heading ids), and our wiki links and citations. Raw HTML is off (it is escaped, never passed through),
    /// so a contributor's Markdown cannot carry script into a page. Bare addresses stay text, as CommonMark says
    /// (spec example 611); <c>&lt;https://…&gt;</c> links them.
    /// </summary>
    public static MarkdownPipeline Parsing { get; } = Base().Build();

    /// <summary>For writing: the parsing pipeline plus glossary-term linking, which needs this build's glossary.</summary>
    public static MarkdownPipeline Rendering(GlossaryMatcher glossary) =>
        Base().Use(new GlossaryTermExtension(glossary)).Build();

    private static MarkdownPipelineBuilder Base() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .Use<TableAlignmentExtension>()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseTaskLists()
            .Use<AccessibleTaskListExtension>()
            .UseFootnotes()
            .Use<PageFootnoteExtension>()
            .Use<HeadingIdExtension>()
            .UsePreciseSourceLocation()
            .DisableHtml()
            .Use<WikiLinkExtension>()
            .Use<CitationExtension>();
}
