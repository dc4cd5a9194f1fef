using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>A relation as written in the declaring entity's front matter: a bare id, or an id with its provenance and qualifiers.</summary>
public sealed record RelationLink(RelationKind Kind, string TargetId, SourceSpan Where)
{
    /// <summary>Where the relation is stated, when the item says so.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>The relation's qualifiers as written, e.g. status: approved.</summary>
    public IReadOnlyDictionary<string, string> Qualifiers { get; init; } = new Dictionary<string, string>();
}
