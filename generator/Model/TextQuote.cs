using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>
/// The words a fact rests on, as a W3C Web Annotation TextQuoteSelector: <see cref="Exact"/> with, when those words
/// occur more than once, the words just before (<see cref="Prefix"/>) or after (<see cref="Suffix"/>) that pick one.
/// </summary>
public sealed record TextQuote(string Exact, string? Prefix, string? Suffix, SourceSpan Where);
