using System.Globalization;
using System.Text.RegularExpressions;

namespace JakKb.Rendering.Charts;

/// <summary>
/// Reads a number out of a value as the source prints it ("42.6", "26.30%", "2-3", "low/intact 48.90%"),
/// only to size a bar. The printed text itself is what the chart labels show, never the parsed number.
/// </summary>
public static partial class PrintedNumber
{
    [GeneratedRegex(@"(?<a>\d+(?:\.\d+)?)(?:\s*[-–]\s*(?<b>\d+(?:\.\d+)?))?")]
    private static partial Regex NumberOrRange();

    /// <summary>The bar length for <paramref name="printed"/>: its number, or the upper end of a printed range ("2-3" → 3).</summary>
    public static double? BarLength(string? printed)
    {
        if (printed is null) return null;
        var match = NumberOrRange().Match(printed);
        if (!match.Success) return null;
        var value = double.Parse(match.Groups["b"].Success ? match.Groups["b"].Value : match.Groups["a"].Value, CultureInfo.InvariantCulture);
        return value;
    }

    /// <summary>The first number or range in <paramref name="text"/> exactly as printed, with a following '%' if there is one.</summary>
    public static string? Token(string? text)
    {
        if (text is null) return null;
        var match = NumberOrRange().Match(text);
        if (!match.Success) return null;
        var end = match.Index + match.Length;
        return text.Substring(match.Index, match.Length) + (end < text.Length && text[end] == '%' ? "%" : "");
    }
}
