namespace JakKb.Model;

/// <summary>The type-specific fields of an entity (a trial's phase, a cytokine's receptor chains), as declared by its <see cref="EntitySchema"/>.</summary>
public sealed record EntityAttributes(
    IReadOnlyDictionary<string, string> Text,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Lists,
    IReadOnlyDictionary<string, bool> Flags)
{
    public string? TextOf(string field) => Text.GetValueOrDefault(field);

    public IReadOnlyList<string> ListOf(string field) => Lists.GetValueOrDefault(field) ?? [];

    public bool? FlagOf(string field) => Flags.TryGetValue(field, out var v) ? v : null;
}
