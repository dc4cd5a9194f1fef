namespace JakKb.Model;

public enum FieldKind
{
    Text,
    List,
    Flag,
}

/// <summary>A type-specific front-matter field: its YAML name, kind, whether it is required, and its infobox label.</summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, string Label);

/// <summary>The fields each entity type accepts beyond the common ones, in infobox order.</summary>
public static class EntitySchema
{
    public static readonly IReadOnlyList<string> CommonFields =
        ["title", "aliases", "summary", "identifiers", "properties", "facts", "notes"];

    private static readonly Dictionary<EntityType, IReadOnlyList<FieldSpec>> Specific = new()
    {
        [EntityType.Kinase] = [],
        [EntityType.Drug] = [],
        [EntityType.Condition] = [],
        [EntityType.Trial] =
        [
            new("design", FieldKind.Text, true, "Design"),
            new("phase", FieldKind.Text, false, "Phase"),
            new("population", FieldKind.Text, true, "Population"),
            new("n", FieldKind.Text, false, "Participants (n)"),
        ],
        [EntityType.Cytokine] =
        [
            new("receptor_chains", FieldKind.List, false, "Receptor chains"),
            new("jak_dependent", FieldKind.Flag, true, "Signals through JAKs"),
        ],
        [EntityType.Source] =
        [
            new("authors", FieldKind.Text, true, "Authors"),
            new("title_full", FieldKind.Text, false, "Full title"),
            new("journal", FieldKind.Text, true, "Journal"),
            new("year", FieldKind.Text, true, "Year"),
            new("volume", FieldKind.Text, false, "Volume"),
            new("issue", FieldKind.Text, false, "Issue"),
            new("pages", FieldKind.Text, false, "Pages"),
            new("doi", FieldKind.Text, false, "DOI"),
            new("pmid", FieldKind.Text, false, "PMID"),
            new("url", FieldKind.Text, false, "Address"),
            new("published", FieldKind.Text, false, "Published"),
        ],
    };

    public static IReadOnlyList<FieldSpec> FieldsOf(EntityType type) => Specific[type];

    /// <summary>Every field name an entity of this type may carry, for unknown-field checks and suggestions.</summary>
    public static IReadOnlyList<string> AllowedFields(EntityType type) =>
        [.. CommonFields, .. Specific[type].Select(f => f.Name), .. RelationKind.DeclaredOn(type).Select(r => r.Field),
         .. type == EntityType.Source ? ["tables"] : Array.Empty<string>()];
}
