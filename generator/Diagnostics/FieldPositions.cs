namespace JakKb.Diagnostics;

/// <summary>
/// Where each field's value of one loaded item was written, carried on the item itself, so a later stage can point
/// a diagnostic at the exact field (a fact's <c>source:</c>, a reference's <c>doi:</c>) and a <c>with</c> copy keeps it.
/// </summary>
public sealed class FieldPositions(IReadOnlyDictionary<string, SourceSpan> spans)
{
    public static FieldPositions None { get; } = new(new Dictionary<string, SourceSpan>());

    /// <summary>The position of <paramref name="field"/>'s value, or <paramref name="fallback"/> when it was not written.</summary>
    public SourceSpan Of(string field, SourceSpan fallback) => spans.TryGetValue(field, out var span) ? span : fallback;
}
