using System.Text;
using System.Text.RegularExpressions;
using JakKb.Diagnostics;
using JakKb.Model;
using JakKb.Rendering;

namespace JakKb.Checking;

/// <summary>
/// Checks the built site before it is published: every internal href and src must name a file of the site,
/// every #anchor an id on the page it points to, and no page may hold one id twice (a link to it would land on
/// whichever comes first, and assistive technology and scripts find the wrong element).
/// </summary>
public static partial class OutputLinkChecker
{
    [GeneratedRegex("""(?:href|src)="([^"]*)"|\sid="([^"]*)"|\sname="([^"]*)"|<base\s""")]
    private static partial Regex Attributes();

    public static void Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var html = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var parsed = html.AsParallel().Select(f => (f.Path, Links: Scan(Encoding.UTF8.GetString(f.Content), out var ids, out var repeated), Ids: ids, Repeated: repeated)).ToList();
        var idsByPage = parsed.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

        // Every repeated id of every page, each once with its count, so one run shows them all.
        foreach (var (page, _, _, repeated) in parsed)
        {
            foreach (var (id, count) in repeated)
                diagnostics.Error(SourceSpan.File(page), DiagnosticCodes.DuplicateOutputId,
                    $"The id '{id}' occurs {count} times on the page; rename the heading, glossary term, fact or template element that repeats it.");
        }

        foreach (var (page, links, _, _) in parsed)
        {
            if (page == PageSpec.NotFoundUrl) continue; // its links are absolute under the base path; checked by the browser tests
            foreach (var link in links)
            {
                if (IsExternal(link)) continue;
                var (pathPart, anchor) = link.Split('#', 2) is [var p, var a] ? (p, a) : (link, null);
                // A text fragment (#id:~:text=...) is for the browser to find; the id before it must still exist.
                if (anchor?.IndexOf(":~:", StringComparison.Ordinal) is int directive and >= 0) anchor = anchor[..directive];
                var target = pathPart.Length == 0 ? page : Resolve(page, pathPart);
                if (target is null || !paths.Contains(target))
                {
                    diagnostics.Error(SourceSpan.File(page), DiagnosticCodes.BrokenOutputLink, $"Link '{link}' does not resolve to a file of the site.");
                    continue;
                }
                if (!string.IsNullOrEmpty(anchor) && idsByPage.TryGetValue(target, out var ids) && !ids.Contains(Uri.UnescapeDataString(anchor)))
                    diagnostics.Error(SourceSpan.File(page), DiagnosticCodes.BrokenOutputLink, $"Link '{link}' names an anchor that {target} does not have.");
            }
        }
    }

    /// <summary>
    /// The links of a page, the ids and names its anchors can target, and each id attribute that occurs more than
    /// once with its count. A name may repeat (radio buttons share one); an id may not.
    /// </summary>
    private static List<string> Scan(string html, out HashSet<string> ids, out List<(string Id, int Count)> repeated)
    {
        var links = new List<string>();
        ids = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Attributes().Matches(html))
        {
            if (m.Groups[1].Success) links.Add(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
            else if (m.Groups[2].Success)
            {
                var id = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
                ids.Add(id);
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
            else if (m.Groups[3].Success) ids.Add(System.Net.WebUtility.HtmlDecode(m.Groups[3].Value));
        }
        repeated = counts.Where(c => c.Value > 1).Select(c => (c.Key, c.Value)).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        return links;
    }

    /// <summary>
    /// A link with a scheme (<see cref="UrlScheme"/>: http:, mailto:, irc:, data:image/png,
    /// even <c>localhost:5001</c>) or a network-path <c>//host</c> leaves the site, so it names no file here. The
    /// validation stage has already refused the schemes that run script.
    /// </summary>
    private static bool IsExternal(string link) => UrlScheme.Of(link) is not null || link.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Resolves a relative link from a page's path; a folder means its index.html. Null when it climbs above the root.</summary>
    public static string? Resolve(string page, string link)
    {
        var query = link.IndexOf('?');
        if (query >= 0) link = link[..query];
        var parts = new List<string>(page.Split('/')[..^1]);
        if (link.StartsWith('/')) return null;
        foreach (var segment in Uri.UnescapeDataString(link).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        var path = string.Join('/', parts);
        return link.EndsWith('/') || link is "." or "./" || path.Length == 0 ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
