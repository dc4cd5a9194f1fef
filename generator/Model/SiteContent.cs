namespace JakKb.Model;

/// <summary>Everything loaded from input/: the output of the loading stage.</summary>
public sealed record SiteContent(
    SiteConfig Config,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<Reference> Bibliography,
    IReadOnlyList<CurationNote> CurationNotes)
{
    /// <summary>
    /// Ids of entity files that exist but could not be read (bad encoding, no front matter, malformed YAML). They
    /// were reported once; links to them are not reported again as links to nothing.
    /// </summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    /// <summary>
    /// The entity files that changed since <paramref name="before"/>, each with its position and both versions, when
    /// both hold the same files in the same order; null when a file was added, removed or renamed. A file read again
    /// is a new object, so "changed" means "not the object <paramref name="before"/> had": a <c>serve</c> session's
    /// loader hands back the same object for a file it did not read again.
    /// </summary>
    public IReadOnlyList<(int Position, Entity Old, Entity Now)>? ChangedSince(SiteContent before)
    {
        if (before.Entities.Count != Entities.Count) return null;
        var changed = new List<(int, Entity, Entity)>();
        for (var i = 0; i < Entities.Count; i++)
        {
            var (old, now) = (before.Entities[i], Entities[i]);
            if (ReferenceEquals(old, now)) continue;
            if (old.InputPath != now.InputPath) return null;
            changed.Add((i, old, now));
        }
        return changed;
    }
}
