using System.Text;
using JakKb.Model;
using JakKb.Tests.Support;

namespace JakKb.Tests.Repository;

/// <summary>
/// docs/content-format.md describes the JAK knowledge base's schema; its field and relation tables are rendered
/// here from input/schema.yml, so an edit to either that leaves the other behind fails.
/// </summary>
public class ContentFormatDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "content-format.md")).ReplaceLineEndings("\n");

    public static string FieldTable(Schema schema)
    {
        var table = new StringBuilder("| type | field | kind | required | infobox label | meaning |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var type in schema.Types)
        {
            foreach (var f in type.Fields)
                table.Append($"| {type.Name} | `{f.Name}` | {Kind(f)} | {(f.Required ? "yes" : "no")} | {f.Label} | {Cell(f.Help)} |\n");
            if (type.HasTables) table.Append($"| {type.Name} | `tables` | list | no | | the document's tables, see below |\n");
        }
        return table.ToString();
    }

    public static string RelationTable(Schema schema)
    {
        var table = new StringBuilder("| declared on | field | target type | label | shown on the target as | qualifiers |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in schema.Relations)
        {
            var qualifiers = string.Join("; ", r.Qualifiers.Select(q => q.Value.Count == 0 ? $"`{q.Key}` (text)" : $"`{q.Key}`: {string.Join(", ", q.Value)}"));
            table.Append($"| {string.Join(", ", r.From.Select(t => t.Name))} | `{r.Field}` | {string.Join(", ", r.To.Select(t => t.Name))} | {r.ForwardLabel} | {r.BacklinkLabel} | {qualifiers} |\n");
        }
        return table.ToString();
    }

    public static string IdentifierTable(Schema schema)
    {
        var table = new StringBuilder("| scheme | label | pattern | links to |\n| --- | --- | --- | --- |\n");
        foreach (var s in schema.Identifiers.Values)
            table.Append($"| `{s.Key}` | {s.Label} | `{Cell(s.Pattern ?? "")}` | {s.UrlTemplate} |\n");
        return table.ToString();
    }

    private static string Kind(FieldSpec f) =>
        f.Kind.ToString().ToLowerInvariant() + (f.Values.Count > 0 ? $" ({string.Join(", ", f.Values)})" : "") + (f.IsList ? ", list" : "")
        + (f.Pattern is { } p ? $", pattern `{Cell(p)}`" : "");

    private static string Cell(string text) => text.Replace("|", "\\|");

    [Fact]
    public void The_field_table_is_the_schemas() => Assert.Contains(FieldTable(JakSchema.Schema), Doc);

    [Fact]
    public void The_relation_table_is_the_schemas() => Assert.Contains(RelationTable(JakSchema.Schema), Doc);

    [Fact]
    public void The_identifier_table_is_the_schemas() => Assert.Contains(IdentifierTable(JakSchema.Schema), Doc);
}
