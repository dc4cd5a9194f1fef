using System.Text;
using System.Text.Json;
using JakKb.Building;
using JakKb.Linking;
using JakKb.Markdown.WikiLinks;
using JakKb.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JakKb.Rendering;

/// <summary>
/// The prebuilt search index: one compact JSON record per page and glossary term. The browser fetches it
/// only when the reader first uses search, so it costs nothing on page load.
/// </summary>
public static class SearchIndex
{
    public const string FileName = "search-index.json";

    /// <summary>Enough body text to find a page by what it says, while keeping the index small at 20,000 pages.</summary>
    private const int MaxBodyChars = 600;

    /// <summary>Each entity's record, as JSON, in index order; a record reads its entity's file and its type (the schema).</summary>
    public static byte[][] Records(SiteGraph graph, Memo? memo = null)
    {
        memo ??= Memo.None;
        var entities = graph.Content.Entities.OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        var json = new byte[entities.Count][];
        Parallel.For(0, entities.Count, i => json[i] = memo.Get("search record", entities[i].InputPath, entities[i].SourceHash ^ graph.Content.Schema.Hash, () => Record(entities[i])));
        return json;
    }

    /// <summary>One entity's record, as JSON.</summary>
    internal static byte[] Record(Entity e)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("t", e.Title);
            json.WriteString("u", e.Url);
            json.WriteString("k", e.Type.Singular);
            json.WriteString("a", string.Join(" ", e.Aliases.Concat(e.Identifiers.Select(i => i.Value))));
            json.WriteString("s", e.Summary);
            json.WriteString("x", PlainText(e.BodyAst, MaxBodyChars));
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The index from the entities' <paramref name="entityRecords"/> (see <see cref="Records"/>) and the glossary.</summary>
    public static byte[] Build(SiteGraph graph, byte[][] entityRecords)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var record in entityRecords) json.WriteRawValue(record, skipInputValidation: true);
            foreach (var t in graph.Content.Glossary)
            {
                json.WriteStartObject();
                json.WriteString("t", t.Term);
                json.WriteString("u", "glossary/#" + t.Slug);
                json.WriteString("k", "Glossary term");
                json.WriteString("a", string.Join(" ", t.Aliases.Prepend(t.Expansion ?? "")));
                json.WriteString("s", t.Definition);
                json.WriteString("x", "");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return stream.ToArray();
    }

    public static string PlainText(MarkdownDocument document, int max)
    {
        var sb = new StringBuilder();
        foreach (var inline in document.Descendants<Inline>())
        {
            if (sb.Length >= max) break;
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case WikiLinkInline link:
                    sb.Append(link.Label ?? link.Target);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }
        return sb.Length > max ? sb.ToString(0, max) : sb.ToString();
    }
}
