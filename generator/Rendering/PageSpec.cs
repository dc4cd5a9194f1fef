using Scriban.Runtime;

namespace JakKb.Rendering;

/// <summary>
/// One page to render: where it goes, which layout draws it, and how to build its model once the page's
/// links (its root and citation numbering) exist. <see cref="Inputs"/> fingerprints what the page is made from
/// (see <see cref="PageInputs"/>); a page without it depends on nothing but the site-wide inputs. <see cref="Reached"/>
/// tells whether an edit can have changed that fingerprint.
/// </summary>
public sealed record PageSpec(
    string Url,
    string Layout,
    string Title,
    string? Description,
    string Section,
    IReadOnlyList<(string Title, string Url)> Breadcrumbs,
    string? InputPath,
    Func<PageLinks, ScriptObject> Model,
    Func<UInt128>? Inputs = null,
    Func<EditReach, bool>? Reached = null)
{
    /// <summary>"proteins/stat3/" → "proteins/stat3/index.html"; "" (home) → "index.html"; "404.html" stays.</summary>
    public string OutputPath => Url.EndsWith(".html", StringComparison.Ordinal) ? Url : Url + "index.html";

    public const string NotFoundUrl = "404.html";

    /// <summary>
    /// The path from this page to the site root: relative, so the site works under any base path and from disk;
    /// except the not-found page, which hosts serve at any depth and so needs the absolute base path.
    /// </summary>
    public string RootFor(string basePath) =>
        Url == NotFoundUrl ? basePath
        : Url.Length == 0 ? "./"
        : string.Concat(Enumerable.Repeat("../", Url.Count(c => c == '/')));
}
