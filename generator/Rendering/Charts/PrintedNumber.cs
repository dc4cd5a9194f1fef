using System.Globalization;
using System.Text.RegularExpressions;

namespace JakKb.Rendering.Charts;

/// <summary>
/// Reads a number out of a value as the source prints it ("42.6", "26.30%", "2-3", "low/intact 48.90%"),
/// only to size a bar. The printed text itself is what the chart labels show, never the parsed number.
/// </summary>
public static partial class PrintedNumber
{
    // ASCII digits only: \d also matches other scripts' digits ("٤٢"), which the invariant culture cannot parse.
    [GeneratedRegex(@"(?<a>[0-9]+(?:\.[0-9]+)?)(?:\s*[-–]\s*(?<b>[0-9]+(?:\.[0-9]+)?))?")]
    private static partial Regex NumberOrRange();

    /// <summary>
    /// The bar length for <paramref name="printed"/>: its number, or the upper end of a printed range ("2-3" → 3);
    /// null when it prints no number, or one too large to draw (see <see cref="TooLarge"/>).
    /// </summary>
    public static double? BarLength(string? printed) => Parse(printed) is { } value && double.IsFinite(value) ? value : null;

    /// <summary>
    /// True when <paramref name="printed"/> holds a number too large for a double (a run of over 308 digits): it
    /// would scale every bar of its chart to NaN. Such a value is left out of the chart and reported.
    /// </summary>
    public static bool TooLarge(string? printed) => Parse(printed) is { } value && !double.IsFinite(value);

    /// <summary>True when the number <paramref name="printed"/> starts with is a range ("2-3"), drawn to its upper end.</summary>
    public static bool IsRange(string? printed) => printed is not null && NumberOrRange().Match(printed).Groups["b"].Success;

    private static double? Parse(string? printed)
    {
        if (printed is null) return null;
        var match = NumberOrRange().Match(printed);
        if (!match.Success) return null;
        // Only ASCII digits and one dot reach here, so parsing cannot fail; a run too long for a double is infinity.
        return double.Parse(match.Groups["b"].Success ? match.Groups["b"].Value : match.Groups["a"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
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
