using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>Where a fact comes from: the source document, the place in it, and what that source cites.</summary>
public sealed record Provenance(string SourceId, string Locator, IReadOnlyList<string> Cites, IReadOnlyList<string> Notes, SourceSpan Where);
