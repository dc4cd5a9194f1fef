using System.Globalization;
using System.Text;

namespace JakKb.Diagnostics;

/// <summary>
/// One finding about the input, printed in MSBuild's canonical form
/// (<c>path(line,col): error JKB0001: message</c>) so editors and CI annotate it.
/// </summary>
public sealed record Diagnostic(SourceSpan Where, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// One line, always: the path and message echo contributors' values (file names, ids, field values), and a
    /// newline in one could start a line of its own in the build log, such as a GitHub <c>::error</c> annotation
    /// or a forged "Built … 0 errors" summary. Escaping here, where every diagnostic is printed, covers every message.
    /// </summary>
    public override string ToString() =>
        $"{Escape(Where.ToString())}: {(IsError ? "error" : "warning")} {Code}: {Escape(Message)}";

    /// <summary>
    /// <paramref name="text"/> with every control character (C0, DEL, C1 such as NEL), line and paragraph separator
    /// and bidirectional override written as a visible escape (<c>\n</c>, <c>\u2028</c>), so it can neither break
    /// the line nor reorder what a reader sees. A backslash is left alone: paths and messages quote it often.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) sb.Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
