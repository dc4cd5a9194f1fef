namespace JakKb.Model;

/// <summary>
/// A kind of page, as input/schema.yml declares it; the folder under input/ and the URL segment are the same word.
/// </summary>
public sealed record EntityType(string Name, string Folder, string Singular, string Plural, string Description,
    IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Entities of this type are documents: a fact's, a note's or a reference's <c>source</c> must name one.</summary>
    public bool IsProvenance { get; init; }

    /// <summary>Entities of this type may carry <c>tables:</c>, the tables their document prints.</summary>
    public bool HasTables { get; init; }

    /// <summary>The field names and measure keys the type's index table shows, in order.</summary>
    public IReadOnlyList<string> ListColumns { get; init; } = [];

    /// <summary>The schema.org type its pages correspond to, for machine-readable output.</summary>
    public string? SchemaOrgType { get; init; }

    /// <summary>The Bioschemas profile its pages follow, or null.</summary>
    public string? BioschemasProfile { get; init; }

    // A schema's type names are unique, and an unchanged schema file is read once per session: comparing by name
    // keeps a type a cheap dictionary key, where comparing every field would walk its field list on each lookup.
    public bool Equals(EntityType? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
