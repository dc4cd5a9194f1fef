namespace JakKb.Model;

/// <summary>
/// What the knowledge base declares about itself in input/schema.yml: its entity types, the relations between
/// them, the identifier schemes it links out to, the measures facts may report, its charts and its graph page.
/// Read once per build; the generator names no type of its own.
/// </summary>
public sealed record Schema(
    IReadOnlyList<EntityType> Types,
    IReadOnlyList<RelationKind> Relations,
    IReadOnlyDictionary<string, IdentifierScheme> Identifiers,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<ChartSpec> Charts,
    GraphSpec Graph)
{
    /// <summary>The fields every entity has whatever its type; a schema declares only the rest.</summary>
    public static readonly IReadOnlyList<string> CommonFields =
        ["title", "aliases", "summary", "identifiers", "properties", "facts", "notes"];

    /// <summary>A schema with no types, for content that has not been loaded (an input folder that does not exist).</summary>
    public static readonly Schema Empty = new([], [], new Dictionary<string, IdentifierScheme>(), [], [], new GraphSpec([], null));

    /// <summary>A hash of the schema file: an edit to it changes what every file reads as, so it joins every memo key.</summary>
    public UInt128 Hash { get; init; }

    public EntityType? TypeNamed(string name) =>
        Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public EntityType? TypeInFolder(string folder) =>
        Types.FirstOrDefault(t => string.Equals(t.Folder, folder, StringComparison.Ordinal));

    public IEnumerable<RelationKind> DeclaredOn(EntityType type) => Relations.Where(r => r.From.Contains(type));

    /// <summary>Every field name an entity of this type may carry, for unknown-field checks and suggestions.</summary>
    public IReadOnlyList<string> AllowedFields(EntityType type) =>
        [.. CommonFields, .. type.Fields.Select(f => f.Name), .. DeclaredOn(type).Select(r => r.Field),
         .. type.HasTables ? ["tables"] : Array.Empty<string>(),
         .. type.IsProvenance ? DocumentText.Fields : Array.Empty<string>()];
}
