using System.Text.Json.Serialization;
using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>A table reproduced from a source document, row by row.</summary>
public sealed record SourceTable(string Id, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows)
{
    /// <summary>Curation notes about the whole table, shown with it wherever its rows are.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where the table was written, for diagnostics about its notes.</summary>
    public SourceSpan? Where { get; init; }
}

public sealed record TableRow(
    IReadOnlyList<string> Cells,
    IReadOnlyList<string> Concerns,
    IReadOnlyList<string> Cites,
    IReadOnlyList<CellCorrection> Corrections,
    IReadOnlyList<string> Notes,
    SourceSpan Where)
{
    /// <summary>References the curators attach to a row whose cells the source prints without a citation (<c>cites_inferred:</c>).</summary>
    public IReadOnlyList<string> InferredCites { get; init; } = [];
}

/// <summary>A cell the source prints corrupted: we show the corrected value and say what was printed.</summary>
public sealed record CellCorrection(int Column, string Printed, string NoteId)
{
    /// <summary>Where each field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;
}
