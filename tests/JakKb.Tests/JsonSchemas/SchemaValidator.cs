using System.Text;
using System.Text.Json;
using Json.Schema;

namespace JakKb.Tests.JsonSchemas;

/// <summary>The generated JSON Schemas of one site, compiled by JsonSchema.Net as an editor's validator would use them.</summary>
public sealed class SchemaValidator
{
    private readonly Dictionary<string, JsonSchema> _byFile = new(StringComparer.Ordinal);

    public SchemaValidator(IEnumerable<(string FileName, byte[] Content)> files)
    {
        // A registry of its own: the global one would refuse a second schema under the same address.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var site = Guid.NewGuid().ToString("N");
        foreach (var (name, content) in files)
            _byFile[name] = JsonSchema.FromText(Encoding.UTF8.GetString(content), options, new Uri($"https://jakkb.test/{site}/{name}"));
    }

    public IReadOnlyCollection<string> Files => _byFile.Keys;

    /// <summary>Null when <paramref name="instance"/> is valid, else every error with where it is, for the assertion message.</summary>
    public string? Problems(string file, JsonElement instance)
    {
        var result = _byFile[file].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var lines = new StringBuilder();
        foreach (var detail in result.Details ?? [])
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
                lines.Append(detail.InstanceLocation).Append(' ').Append(keyword).Append(": ").AppendLine(message);
        return lines.Length == 0 ? "invalid" : lines.ToString();
    }

    /// <summary>Null when <paramref name="schema"/> is a valid draft 2020-12 schema, else why not.</summary>
    public static string? MetaSchemaProblems(byte[] schema)
    {
        using var document = JsonDocument.Parse(schema);
        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        return string.Join("\n", (result.Details ?? []).SelectMany(d => (d.Errors ?? new Dictionary<string, string>()).Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));
    }
}
