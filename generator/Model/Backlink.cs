namespace JakKb.Model;

/// <summary>
/// A relation seen from its target: <see cref="From"/> declared it, and the target's page shows it under
/// <see cref="Kind"/>'s backlink label, with the provenance and qualifiers the relation was declared with.
/// </summary>
public sealed record Backlink(RelationKind Kind, Entity From)
{
    /// <summary>The relation as <see cref="From"/> wrote it, for its provenance and qualifiers.</summary>
    public RelationLink? Link { get; init; }
}
