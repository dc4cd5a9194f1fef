using System.Text.Json.Serialization;
using JakKb.Diagnostics;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;

namespace JakKb.Model;

/// <summary>One page-worthy thing, of one of the types the site's schema declares.</summary>
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

    /// <summary>A hash of the whole file: one version of the file differs from another exactly when this does.</summary>
    public UInt128 SourceHash { get; init; }

    /// <summary>The document's own text, for a provenance entity that names one; null otherwise.</summary>
    public DocumentText? Text { get; init; }

    /// <summary>Which entity this is across builds: its file (two files may clash on an id; they stay two entities).</summary>
    public string Key => InputPath;

    /// <summary>Where each front-matter field's value was written.</summary>
    [JsonIgnore]
    public FieldPositions Fields { get; init; } = FieldPositions.None;

    // Each loaded version of a file is its own object: two versions never compare equal, and comparing every
    // field, as records do by default, made dictionary lookups and Distinct() over entities a hot spot of large
    // builds. Code that means "the same entity in another build" compares Key.
    public bool Equals(Entity? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
