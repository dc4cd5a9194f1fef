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
    /// <summary>Whether a source document cites it (the default) or the curators added it (<c>origin: outside</c>).</summary>
    public ReferenceOrigin Origin { get; init; } = ReferenceOrigin.Source;

    /// <summary>Not cited by any source document: background the curators added, listed apart and never as "cited by" a document.</summary>
    public bool IsOutside => Origin == ReferenceOrigin.Outside;

    /// <summary>
    /// False (<c>supports_claim: false</c>) where the work exists as printed but does not say what the document cites
    /// it for: its status describes the bibliographic record only, so pages say the rest beside the badge.
    /// </summary>
    public bool SupportsClaim { get; init; } = true;

    public static readonly IReadOnlyList<string> Origins = ["source", "outside"];

    // "unchecked": a reference recorded from memory whose details were not looked up (outside references only, in practice).
    public static readonly IReadOnlyList<string> Statuses = ["verified", "garbled", "not-found", "unchecked"];

    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}

/// <summary>
/// That source document lists the reference at this position (<see cref="Number"/>, counted by the curators), and
/// prints <see cref="PrintedNumber"/> beside it when the list is numbered. The two differ where a list is unnumbered or
/// misnumbered (a record that numbers every entry "1."), so only the printed one is ever shown as printed.
/// </summary>
public sealed record CitedBy(string SourceId, int Number)
{
    /// <summary>The number the source prints for the entry, exactly as printed; null when the curators did not record one.</summary>
    public string? PrintedNumber { get; init; }

    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}

public enum ReferenceOrigin
{
    /// <summary>Cited by a source document: its <c>cited_by</c> says where.</summary>
    Source,

    /// <summary>Added by the curators as the named source of background facts; no source document cites it.</summary>
    Outside,
}
