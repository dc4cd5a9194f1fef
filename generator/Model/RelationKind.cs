namespace JakKb.Model;

/// <summary>
/// A typed relation, declared in front matter on <see cref="From"/> entities and shown on both pages:
/// <see cref="ForwardLabel"/> on the declaring page, <see cref="BacklinkLabel"/> on the target.
/// </summary>
public sealed record RelationKind(string Field, IReadOnlyList<EntityType> From, IReadOnlyList<EntityType> To,
    string ForwardLabel, string BacklinkLabel)
{
    /// <summary>Qualifier name to its allowed values (an empty list: free text), e.g. status: [approved, proposed].</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Qualifiers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Where the schema declares the relation, for diagnostics that name the rule content broke.</summary>
    public Diagnostics.SourceSpan? Declared { get; init; }

    /// <summary>The target types as prose, e.g. "a protein or a receptor".</summary>
    public string ToNames => string.Join(" or ", To.Select(t => t.Name));
}
