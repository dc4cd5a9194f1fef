namespace JakKb.Model;

/// <summary>Everything loaded from input/: the output of the loading stage.</summary>
public sealed record SiteContent(
    SiteConfig Config,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<Reference> Bibliography,
    IReadOnlyList<CurationNote> CurationNotes)
{
    /// <summary>What input/schema.yml declares: the types, relations and identifier schemes every later stage reads.</summary>
    public Schema Schema { get; init; } = Schema.Empty;

    /// <summary>
    /// Ids of entity files that exist but could not be read (bad encoding, no front matter, malformed YAML). They
    /// were reported once; links to them are not reported again as links to nothing.
    /// </summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    /// <summary>The texts of provenance documents that name one (<c>text:</c>), by entity id, split into anchored passages.</summary>
    public IReadOnlyDictionary<string, DocumentPassages> Texts { get; init; } = new Dictionary<string, DocumentPassages>();
}
