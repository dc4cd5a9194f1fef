using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JakKb.Markdown.TaskLists;

/// <summary>A task's box: disabled (the page is not a form), checked when done, named "done" or "open".</summary>
public sealed class HtmlAccessibleTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }
        renderer.Write("<input").WriteAttributes(task).Write(" type=\"checkbox\" disabled=\"disabled\"")
            .Write(task.Checked ? " checked=\"checked\" aria-label=\"done\"" : " aria-label=\"open\"").Write(" />");
    }
}
