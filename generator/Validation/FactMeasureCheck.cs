using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;

namespace JakKb.Validation;

/// <summary>A fact's <c>measure:</c> must be a key the schema declares, or no chart or column could ever show the fact.</summary>
public static class FactMeasureCheck
{
    public static void Check(Fact fact, IReadOnlyList<Measure> measures, DiagnosticBag diagnostics)
    {
        if (fact.Measure is not { } measure || measures.Any(m => string.Equals(m.Key, measure.Key, StringComparison.OrdinalIgnoreCase))) return;
        var fix = ChartSchemaReader.Closest(measure.Key, measures) is { } close
            ? $"Did you mean '{close}'?"
            : measures.Count == 0
                ? "The schema declares no measures; declare it under 'measures:' in input/schema.yml."
                : $"Use one of: {string.Join(", ", measures.Select(m => m.Key))}, or declare it under 'measures:' in input/schema.yml.";
        diagnostics.Error(measure.Where, DiagnosticCodes.UnknownMeasure, $"The fact '{fact.Label}' measures '{measure.Key}', which the schema does not declare. {fix}");
    }
}
