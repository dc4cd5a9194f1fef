namespace JakKb.Model;

/// <summary>The type-specific fields of an entity (a book's year, an author's pen names), as the site's schema declares them.</summary>
public sealed record EntityAttributes(
    IReadOnlyDictionary<string, string> Text,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    IReadOnlyDictionary<string, bool> Flags)
{
    public string? TextOf(string field) => Text.GetValueOrDefault(field);

    public IReadOnlyList<string> ListOf(string field) => Lists.GetValueOrDefault(field) ?? [];

    public bool? FlagOf(string field) => Flags.TryGetValue(field, out var v) ? v : null;

    /// <summary>The field's value as a page shows it: a list joined with commas, a flag as Yes or No; null when not given.</summary>
    public string? Shown(FieldSpec field) => field switch
    {
        { IsList: true } => ListOf(field.Name) is { Count: > 0 } l ? string.Join(", ", l) : null,
        { Kind: FieldKind.Boolean } => FlagOf(field.Name) is { } b ? (b ? "Yes" : "No") : null,
        _ => TextOf(field.Name),
    };
}
