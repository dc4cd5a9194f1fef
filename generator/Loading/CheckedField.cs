using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>Reads the optional <c>checked</c> field of an identifier or a property: <c>no</c>, or the month or day of the look-up.</summary>
public static class CheckedField
{
    public static CheckState? Read(YamlMap item)
    {
        var text = item.Text("checked");
        if (text is null) return null;
        if (CheckState.Parse(text) is { } state) return state;
        // YAML's other spellings of "no" are the likely slip; a date in another order is the other.
        var fix = text.ToLowerInvariant() is "no" or "false" or "n" or "none" or "unchecked" or "not checked"
            ? "did you mean 'no'?"
            : "write the month or day of the look-up as YYYY-MM or YYYY-MM-DD (e.g. '2026-11'), or 'no' if it was not looked up";
        item.Diagnostics.Error(item.SpanOf("checked"), DiagnosticCodes.InvalidCheckedDate, $"'checked: {text}' is neither 'no' nor a date; {fix}.");
        return null;
    }
}
