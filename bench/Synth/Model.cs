namespace Synth;

internal sealed class Entity
{
    public required string Id { get; init; }
    public required string Type { get; init; }       // kinase | drug | trial | cytokine | condition | source
    public required string Title { get; init; }
    public List<string> Aliases { get; } = [];
    public string Summary { get; set; } = "";
    /// <summary>Front matter after title/aliases/summary, in JakKb field names.</summary>
    public Map Fields { get; } = [];
    /// <summary>Relation fields declared on this entity: field -> target ids.</summary>
    public List<KeyValuePair<string, List<string>>> Relations { get; } = [];
    public List<Map> Facts { get; } = [];
    /// <summary>Body in JakKb Markdown syntax ([[id]], [[type:id|text]], [@key], [[term:X]]).</summary>
    public string Body { get; set; } = "";

    public string Section => Type + "s";

    public IEnumerable<string> RelatedIds()
    {
        foreach (var (_, ids) in Relations)
        {
            foreach (var id in ids)
            {
                yield return id;
            }
        }
    }
}

internal sealed record GlossaryTerm(string Term, string? Expansion, string Definition, List<string> Aliases)
{
    public string Anchor => Slug.Make(Term);
}

internal sealed record Reference(string Key, int Number, Map Record);

internal sealed class KnowledgeBase
{
    public List<Entity> Entities { get; } = [];
    public Dictionary<string, Entity> ById { get; } = new(StringComparer.Ordinal);
    public List<GlossaryTerm> Glossary { get; } = [];
    public List<Reference> Bibliography { get; } = [];
    public Dictionary<string, Reference> RefByKey { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, GlossaryTerm> TermByName { get; } = new(StringComparer.Ordinal);
}

internal static class Slug
{
    public static string Make(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var dash = false;
        foreach (var ch in s.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }
                sb.Append(ch);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return sb.ToString();
    }
}
