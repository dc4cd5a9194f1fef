using System.Text.Json.Serialization;
using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>A bibliography entry: a work some source document cites, with how far it could be verified.</summary>
public sealed record Reference(
    string Key,
    string Authors,
    string Title,
    string? Journal,
    string? Year,
    string? Details,
    string? Doi,
    string? Pmid,
    string Status,
    string? StatusNote,
    IReadOnlyList<CitedBy> CitedBy,
    IReadOnlyList<string> Notes,
    string? CorrectedBy,
    SourceSpan Where)
{
    /// <summary>Not cited by any source document: background the curators added, shown as such.</summary>
    public bool IsOutside => CitedBy.Count == 0;

    public static readonly IReadOnlyList<string> Statuses = ["verified", "garbled", "not-found"];

    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}

/// <summary>That source document lists the reference under this number.</summary>
public sealed record CitedBy(string SourceId, int Number)
{
    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}
