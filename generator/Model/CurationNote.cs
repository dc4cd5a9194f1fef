using System.Text.Json.Serialization;
using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>A curator's warning about an error or inconsistency in a source document.</summary>
public sealed record CurationNote(string Id, string Title, string SourceId, string Locator, string Text, SourceSpan Where)
{
    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}
