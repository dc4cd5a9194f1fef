using JakKb.Model;
using Scriban.Runtime;

namespace JakKb.Rendering;

/// <summary>
/// Builds template models. Text enters a model only through <see cref="Text"/>, which HTML-encodes it:
/// this is the escaping policy, and tests walk every model to check no raw string slipped in.
/// </summary>
public static class ViewModel
{
    public static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var obj = new ScriptObject(members.Length);
        foreach (var (name, value) in members) obj.Add(name, value);
        return obj;
    }

    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> select)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(select(item));
        return array;
    }

    public static Html Text(string? text) => Html.Encode(text);

    /// <summary>Null when absent, so templates can write <c>if x</c>.</summary>
    public static Html? Optional(string? text) => string.IsNullOrEmpty(text) ? null : Html.Encode(text);
}
