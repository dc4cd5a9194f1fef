using JakKb.Diagnostics;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;

namespace JakKb.Model;

/// <summary>One page-worthy thing: a kinase, drug, trial, cytokine, condition or source document.</summary>
public sealed record Entity(
    EntityType Type,
    string Id,
    string Title,
    IReadOnlyList<string> Aliases,
    string Summary,
    IReadOnlyList<Identifier> Identifiers,
    IReadOnlyList<Property> Properties,
    EntityAttributes Attributes,
    IReadOnlyList<RelationLink> Relations,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<SourceTable> Tables,
    IReadOnlyList<string> Notes,
    string Body,
    MarkdownDocument BodyAst,
    int BodyFirstLine,
    string InputPath,
    SourceSpan Where)
{
    public string Url => $"{Type.Folder}/{Id}/";

    /// <summary>A hash of the whole file: an incremental build re-renders what shows an entity whose hash changed.</summary>
    public UInt128 SourceHash { get; init; }

    // An entity is its file: comparing every field, as records do by default, made dictionary lookups and
    // Distinct() over entities a hot spot of large builds. (Two files may clash on an id; they stay two entities.)
    public bool Equals(Entity? other) => other is not null && string.Equals(InputPath, other.InputPath, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(InputPath);
}

/// <summary>A relation as written in the declaring entity's front matter.</summary>
public sealed record RelationLink(RelationKind Kind, string TargetId, SourceSpan Where);
