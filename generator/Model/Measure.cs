namespace JakKb.Model;

/// <summary>
/// A quantity the site's facts can say they measure (<c>measure: orr</c> on a fact), declared under
/// <c>measures:</c> in the schema. Charts and index-page columns pick facts by it, never by their labels, so
/// rewording a label cannot drop a fact from a chart.
/// </summary>
public sealed record Measure(string Key, string Label, string? Unit, string Help)
{
    /// <summary>
    /// How an index-page cell shows the facts of this measure: the printed value alone, or followed by the fact's
    /// label in brackets when facts of one measure describe different things (the frequency of each alteration).
    /// </summary>
    public MeasureCell Cell { get; init; } = MeasureCell.Value;
}

/// <summary>What an index-page cell prints for each fact of a measure.</summary>
public enum MeasureCell
{
    /// <summary>The value alone: "42.6%".</summary>
    Value,

    /// <summary>The value, then the fact's label in brackets: "42.6% (overexpression)".</summary>
    ValueAndLabel,
}
