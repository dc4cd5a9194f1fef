namespace JakKb.Model;

/// <summary>A relation seen from its target: <see cref="From"/> declared it, and the target's page shows it under <see cref="Kind"/>'s backlink label.</summary>
public sealed record Backlink(RelationKind Kind, Entity From);
