namespace JakKb.Model;

/// <summary>
/// A typed relation, declared once on <see cref="From"/> entities and shown on both pages:
/// <see cref="ForwardLabel"/> on the declaring page, <see cref="BacklinkLabel"/> on the target.
/// </summary>
public sealed record RelationKind(string Field, EntityType From, EntityType To, string ForwardLabel, string BacklinkLabel)
{
    public static readonly IReadOnlyList<RelationKind> All =
    [
        new("targets", EntityType.Drug, EntityType.Kinase, "Targets", "Targeted by"),
        new("tests", EntityType.Trial, EntityType.Drug, "Drugs tested", "Tested in"),
        new("conditions", EntityType.Trial, EntityType.Condition, "Conditions studied", "Studied in"),
        new("signals_via", EntityType.Cytokine, EntityType.Kinase, "Signals via", "Cytokines signalling via this kinase"),
        new("elevated_in", EntityType.Cytokine, EntityType.Condition, "Elevated in", "Cytokines elevated"),
        new("implicated_in", EntityType.Kinase, EntityType.Condition, "Implicated in", "Kinases implicated"),
        new("combined_with", EntityType.Drug, EntityType.Drug, "Combined with", "Combined with"),
    ];

    public static IEnumerable<RelationKind> DeclaredOn(EntityType type) => All.Where(r => r.From == type);
}
