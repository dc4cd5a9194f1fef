using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>Where a fact comes from: the source document, the place in it, and what that source cites.</summary>
public sealed record Provenance(string SourceId, string Locator, IReadOnlyList<string> Cites, IReadOnlyList<string> Notes, SourceSpan Where)
{
    /// <summary>
    /// References the curators attach although the source prints no citation at this place (<c>cites_inferred:</c>):
    /// shown apart from <see cref="Cites"/>, so an inference never reads as something the source printed.
    /// </summary>
    public IReadOnlyList<string> InferredCites { get; init; } = [];
}
