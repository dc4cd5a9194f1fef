using System.Text.Json.Serialization;
using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>An infobox fact from outside the source documents, so it must name where it was checked.</summary>
public sealed record Property(string Label, string Value, string Source)
{
    /// <summary>Bibliography keys the value rests on, shown as citations like a fact's.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>Whether the value was checked in the database its source names; null when the file does not say.</summary>
    public CheckState? Checked { get; init; }

    public SourceSpan? Where { get; init; }

    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}
