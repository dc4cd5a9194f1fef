using JakKb.Diagnostics;

namespace JakKb.Model;

public sealed record GlossaryTerm(string Term, string? Expansion, string Definition, IReadOnlyList<string> Aliases, SourceSpan Where)
{
    /// <summary>The anchor on the glossary page.</summary>
    public string Slug => Slugs.From(Term);
}
