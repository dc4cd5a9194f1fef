namespace JakKb.Rendering;

/// <summary>
/// The ids the theme's page elements use, which Markdown headings must not take: a heading "Main" with the id of
/// <c>&lt;main id="main"&gt;</c> would catch the skip link, and one like a fact's anchor would catch citation links.
/// A test reads every <c>id="…"</c> of the theme's layouts and partials and fails when one is missing here.
/// </summary>
public static class PageIds
{
    public static readonly IReadOnlySet<string> Exact = new HashSet<string>(StringComparer.Ordinal)
    {
        "main", "search-box", "search-results", "home-more",
        "charts-title", "connections-title", "facts-title", "hood-title", "infobox-title", "notes-title",
        "references-title", "outside-references-title", "related-title", "source-facts-title",
    };

    /// <summary>Ids made from data: <c>caption-</c>, <c>rows-</c> (table rows), <c>fact-</c>, <c>chart-</c>, <c>tip-</c>
    /// (glossary tooltips), <c>note-</c>, <c>ref-</c>, <c>home-</c>.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["caption-", "chart-", "fact-", "home-", "note-", "ref-", "rows-", "tip-"];

    /// <summary>The ids a page with this URL uses; a source page also names its tables <c>&lt;its id&gt;-&lt;table id&gt;</c>.</summary>
    public static Func<string, bool> For(string pageUrl)
    {
        var own = pageUrl.TrimEnd('/') is { Length: > 0 } path ? path[(path.LastIndexOf('/') + 1)..] + "-" : null;
        return id => Exact.Contains(id) || StartsWithAny(id) || (own is not null && id.StartsWith(own, StringComparison.Ordinal));
    }

    private static bool StartsWithAny(string id)
    {
        foreach (var prefix in Prefixes)
            if (id.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}
