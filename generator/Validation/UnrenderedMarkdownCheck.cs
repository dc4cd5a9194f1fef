using System.Text;
using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = JakKb.Diagnostics.SourceSpan;

namespace JakKb.Validation;

/// <summary>
/// Finds Markdown that a reader would see as raw syntax: a pipe table's delimiter row, or list items joined onto
/// one line, left inside a paragraph. Both come from text whose line breaks were lost before parsing (a folded
/// YAML scalar, <c>&gt;-</c>, joins lines), so the table or list never became one.
/// </summary>
public static partial class UnrenderedMarkdownCheck
{
    public static void Check(MarkdownDocument document, Func<int, int, SourceSpan> at, DiagnosticBag diagnostics)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null) continue;
            foreach (var (text, line, column) in Lines(paragraph.Inline))
            {
                if (TableDelimiterRow().Match(text) is { Success: true } table)
                    diagnostics.Warning(at(line, column), DiagnosticCodes.UnrenderedMarkdownTable,
                        $"This text shows a table's delimiter row ('{table.Value}') as words, so the table renders as raw '|' text. Put each row on its own line; in YAML write the text as a literal block ('text: |'), not a folded one ('>-').");
                else if (RunTogetherListItem().Match(text) is { Success: true } item)
                    diagnostics.Warning(at(line, column), DiagnosticCodes.RunTogetherList,
                        $"List items run together on one line ('{Excerpt(text, item.Index)}'), so the bullets render as text. Start each item on its own line; in YAML write the text as a literal block ('text: |'), not a folded one ('>-').");
            }
        }
    }

    /// <summary>
    /// A paragraph's text as the reader sees it, line by line, with where each line starts. A failed pipe table
    /// leaves its pipes as separate inlines, so the text is joined back before it is read.
    /// </summary>
    private static IEnumerable<(string Text, int Line, int Column)> Lines(ContainerInline root)
    {
        var text = new StringBuilder();
        int line = -1, column = 0;
        var lines = new List<(string, int, int)>();
        void Flush()
        {
            if (text.Length > 0) lines.Add((text.ToString(), line, column));
            text.Clear();
            line = -1;
        }
        void Walk(Inline inline)
        {
            if (inline is LineBreakInline)
            {
                Flush();
                return;
            }
            if (line < 0) (line, column) = (inline.Line, inline.Column);
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline:
                    // Code shows its characters as written; pipes or hyphens in it are meant.
                    text.Append("code");
                    break;
                case DelimiterInline delimiter:
                    text.Append(delimiter.ToLiteral());
                    foreach (var child in delimiter) Walk(child);
                    break;
                case ContainerInline container:
                    foreach (var child in container) Walk(child);
                    break;
                default:
                    text.Append('x');
                    break;
            }
        }
        foreach (var child in root) Walk(child);
        Flush();
        return lines;
    }

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - 20);
        return text.Substring(start, Math.Min(text.Length - start, 40)).Trim();
    }

    // A delimiter row: cells of three or more hyphens (with optional alignment colons) between pipes.
    [GeneratedRegex(@"\|\s*:?-{3,}:?\s*\|")]
    private static partial Regex TableDelimiterRow();

    // A bullet ("- ", "* ", "+ ") or a numbered item ("2. ") straight after the end of a clause, on the same line:
    // in prose a clause ends and a sentence starts, it is not followed by a list marker.
    [GeneratedRegex(@"[.;:!?](?:\s[-*+]|\s\d{1,3}[.)])\s+\S")]
    private static partial Regex RunTogetherListItem();
}
