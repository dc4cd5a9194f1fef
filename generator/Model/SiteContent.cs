namespace JakKb.Model;

/// <summary>Everything loaded from input/: the output of the loading stage.</summary>
public sealed record SiteContent(
    SiteConfig Config,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<Reference> Bibliography,
    IReadOnlyList<CurationNote> CurationNotes);
