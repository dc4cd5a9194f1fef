using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JakKb.Markdown.TableAlignment;

/// <summary>
/// A table column's alignment (<c>:--</c>, <c>:-:</c>, <c>--:</c>) as a class on each cell, <c>align-left</c>,
/// <c>align-center</c> or <c>align-right</c>, which the theme's stylesheet aligns. Markdig writes
/// <c>style="text-align:…"</c>, and the pages' Content-Security-Policy forbids inline styles, so it never showed.
/// </summary>
public sealed class TableAlignmentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AlignByClass;
        pipeline.DocumentProcessed += AlignByClass;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static string? ClassOf(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Left => "align-left",
        TableColumnAlign.Center => "align-center",
        TableColumnAlign.Right => "align-right",
        _ => null,
    };

    private static void AlignByClass(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell || columns.Count == 0) continue;
                    var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : Math.Min(i, columns.Count - 1);
                    if (ClassOf(columns[column].Alignment) is { } name) cell.GetAttributes().AddClass(name);
                }
            }
            // Read once above; cleared so Markdig's table renderer writes no style attribute.
            foreach (var column in columns) column.Alignment = null;
        }
    }
}
