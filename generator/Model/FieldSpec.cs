namespace JakKb.Model;

/// <summary>A type-specific front-matter field: its YAML name, kind, whether it is required, its infobox label and the help diagnostics and docs quote.</summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool IsList, bool Required, string Label, string Help)
{
    /// <summary>The values an <see cref="FieldKind.Enum"/> field may take.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The type names a <see cref="FieldKind.Ref"/> field may name.</summary>
    public IReadOnlyList<string> RefTypes { get; init; } = [];

    /// <summary>A regular expression a text value must match (a DOI's or a PMID's shape), or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>Where the schema declares the field, for diagnostics that name the rule content broke.</summary>
    public Diagnostics.SourceSpan? Declared { get; init; }
}
