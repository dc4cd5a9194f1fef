namespace JakKb.Model;

/// <summary>
/// Whether a value from an outside database was checked there, and when: <c>checked: 2026-11</c> (a month or a day)
/// or <c>checked: no</c>. The page shows an unchecked value as such, so a reader does not take a value recorded from
/// memory for one looked up.
/// </summary>
public sealed record CheckState(string? Date)
{
    /// <summary>Recorded without a look-up in the database (<c>checked: no</c>).</summary>
    public static readonly CheckState Unchecked = new((string?)null);

    public bool WasChecked => Date is not null;

    /// <summary>
    /// Reads a <c>checked</c> value: <c>no</c>, or a date written YYYY-MM or YYYY-MM-DD that exists on the calendar.
    /// Null when it is neither.
    /// </summary>
    public static CheckState? Parse(string text)
    {
        if (text == "no") return Unchecked;
        var format = text.Length == 7 ? "yyyy-MM" : "yyyy-MM-dd";
        return DateOnly.TryParseExact(text, format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? new CheckState(text) : null;
    }
}
