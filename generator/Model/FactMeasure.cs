using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>
/// What a fact says it measures: a measure key the schema declares, the subgroup or arm the value describes
/// ("high JAK2"), if any, and where the key is written, for the diagnostic when the schema has no such measure.
/// </summary>
public sealed record FactMeasure(string Key, string? Subgroup, SourceSpan Where);
