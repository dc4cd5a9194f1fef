using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace JakKb.Markdown.TaskLists;

/// <summary>
/// Markdig's task lists (<c>- [ ] open</c>, <c>- [x] done</c>), written with boxes that say their state: Markdig's
/// boxes have no accessible name, which screen readers announce as a bare "checkbox" and axe reports.
/// </summary>
/// <remarks>Add after Markdig's <c>UseTaskLists</c>, which reads them.</remarks>
public sealed class AccessibleTaskListExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<HtmlAccessibleTaskListRenderer>()) return;
        html.ObjectRenderers.RemoveAll(r => r is HtmlTaskListRenderer);
        html.ObjectRenderers.Insert(0, new HtmlAccessibleTaskListRenderer());
    }
}
