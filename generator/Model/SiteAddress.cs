namespace JakKb.Model;

/// <summary>
/// Root-relative addresses as contributors write them (<c>[STAT3](/proteins/stat3/)</c>), resolved against the site's
/// pages. The site lives under a base path and opens from disk, where <c>/proteins/stat3/</c> names nothing, so a link
/// that names a page is written relative to the page it is on, as every generated link is.
/// </summary>
public static class SiteAddress
{
    /// <summary>The site-wide pages every site has, whatever its schema.</summary>
    public static readonly IReadOnlyList<string> SitePages = ["", "graph/", "glossary/", "references/", "curation-notes/"];

    /// <summary>The pages every site has besides its entities: the home page, the type lists the schema declares and the site-wide pages.</summary>
    public static IEnumerable<string> FixedPages(Schema schema) => SitePages.Concat(schema.Types.Select(t => t.Folder + "/"));

    /// <summary>Starts with one <c>/</c>: <c>//host</c> and <c>/\host</c> are other hosts to a browser.</summary>
    public static bool IsRootRelative(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\'));

    /// <summary>
    /// The page <paramref name="url"/> names, as a path from the site root with its <c>?…</c> or <c>#…</c> kept
    /// (<c>/proteins/stat3#facts-title</c> → <c>proteins/stat3/#facts-title</c>); null when it is not root-relative or names no page.
    /// </summary>
    public static string? Resolve(string url, Schema schema, Func<string, Entity?> entity)
    {
        if (!IsRootRelative(url)) return null;
        var (path, rest) = Split(url);
        if (FixedPages(schema).Contains(path)) return path + rest;
        if (EntityId(url, schema) is { } id && entity(id) is { } e && e.Url == path) return path + rest;
        // A document's shown text has its own page under the document's: /sources/doc/text/.
        const string text = DocumentText.PageSegment;
        return path.EndsWith(text, StringComparison.Ordinal) && EntityId("/" + path[..^text.Length], schema) is { } doc
            && entity(doc) is { Text.Shown: true } d && DocumentText.PageOf(d) == path ? path + rest : null;
    }

    /// <summary>The entity id a root-relative address names by its shape, <c>/&lt;type folder&gt;/&lt;id&gt;/</c>, whether or not it exists.</summary>
    public static string? EntityId(string url, Schema schema)
    {
        if (!IsRootRelative(url)) return null;
        var (path, _) = Split(url);
        return path.Split('/') is [var folder, var id, ""] && id.Length > 0 && schema.TypeInFolder(folder) is not null ? id : null;
    }

    private static (string Path, string Tail) Split(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url[1..] : url[1..end];
        if (path.EndsWith("index.html", StringComparison.Ordinal)) path = path[..^"index.html".Length];
        if (path.Length > 0 && !path.EndsWith('/')) path += "/";
        return (path, end < 0 ? "" : url[end..]);
    }
}
