using System.Text.Json.Serialization;
using JakKb.Diagnostics;

namespace JakKb.Model;

public sealed record GlossaryTerm(string Term, string? Expansion, string Definition, IReadOnlyList<string> Aliases, SourceSpan Where)
{
    /// <summary>The anchor on the glossary page.</summary>
    public string Slug => Slugs.From(Term);

    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}
