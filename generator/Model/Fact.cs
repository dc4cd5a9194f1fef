using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>
/// One quantitative statement. Values are kept as the source prints them ("26.30%", "&lt;0.001"):
/// the generator never parses, rounds or converts them.
/// </summary>
public sealed record Fact(
    string? Id,
    string Label,
    string Value,
    string? Unit,
    string? Comparator,
    string? N,
    string? P,
    string? Timeframe,
    Provenance Provenance,
    IReadOnlyList<string> Concerns,
    SourceSpan Where)
{
    /// <summary>What the fact measures, as the schema names it; charts and index-page columns pick facts by it.</summary>
    public FactMeasure? Measure { get; init; }

    /// <summary>Qualitative facts are the source's words ("Positive"): shown as a quotation, never as a number or in a chart.</summary>
    public FactKind Kind { get; init; } = FactKind.Quantitative;

    /// <summary>The exact words of the provenance document the fact rests on, checked against its text; null when not given.</summary>
    public TextQuote? Quote { get; init; }
}

public enum FactKind
{
    Quantitative,
    Qualitative,
}
