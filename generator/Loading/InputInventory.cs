using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// What each file under the input is for, and what is wrong with the files the build would otherwise pass over:
/// a file the loader does not read is reported (JKB0009), never skipped in silence; an asset with an unsafe name
/// (JKB0033) or one that can run script (JKB0008) is refused.
/// </summary>
public static class InputInventory
{
    /// <summary>Folders of input/ that hold data or theme overrides rather than entities.</summary>
    public static readonly IReadOnlySet<string> NotContent = new HashSet<string>(StringComparer.Ordinal)
        { "data", "layouts", "partials", "assets", "archetypes" };

    /// <summary>
    /// Files a browser runs script from when it opens or loads them: HTML and XHTML, SVG, XML (with its
    /// stylesheets) and JavaScript. Served from the site's own origin they escape every page's
    /// Content-Security-Policy, so they are code, not content.
    /// </summary>
    public static readonly IReadOnlySet<string> ActiveExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".shtml", ".xhtml", ".xht", ".mht", ".mhtml",
        ".svg", ".svgz", ".xml", ".xsl", ".xslt",
        ".js", ".mjs", ".cjs", ".swf",
    };

    private static readonly string[] DataFiles = ["glossary.yml", "bibliography.yml", "curation-notes.yml"];
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];

    /// <summary>Whether the loader reads <paramref name="relative"/> as an entity file (a wrong folder is reported there).</summary>
    public static bool IsEntityCandidate(string relative) =>
        relative.EndsWith(".md", StringComparison.Ordinal) && relative.IndexOf('/') is > 0 and var slash
        && !NotContent.Contains(relative[..slash]);

    public static bool IsActive(string name) => ActiveExtensions.Contains(Path.GetExtension(name));

    /// <summary>Reports every file of <paramref name="relatives"/> (paths under the input, '/'-separated) that the build would skip or must refuse.</summary>
    public static void Report(string inputDir, IEnumerable<string> relatives, Schema schema, bool allowActive, DiagnosticBag diagnostics)
    {
        foreach (var relative in relatives)
        {
            var where = SourceSpan.File(ContentLoader.Display(inputDir, relative));
            if (relative.Any(char.IsControl))
            {
                diagnostics.Error(where, DiagnosticCodes.UnsafeFileName,
                    $"The path '{relative}' holds a control character; rename it to lower-case letters, digits, hyphens and dots.");
                continue;
            }
            var slash = relative.IndexOf('/');
            var folder = slash < 0 ? null : relative[..slash];
            var name = relative[(relative.LastIndexOf('/') + 1)..];
            switch (folder)
            {
                case null when relative is ContentLoader.SiteFile or ContentLoader.SchemaFile or ".gitkeep":
                case "layouts" or "partials" or "archetypes":
                    break; // read as code by the theme
                case null:
                    Skipped(where, relative, IsMarkdown(name)
                        ? $"input/ itself holds only site.yml and schema.yml; move the Markdown file into an entity folder ({ContentLoader.Folders(schema)})"
                        : "input/ itself holds only site.yml, schema.yml and folders; move or delete it");
                    break;
                case "data":
                    if (!DataFiles.Any(d => relative == "data/" + d) && name != ".gitkeep")
                        Skipped(where, relative, $"data/ holds only {string.Join(", ", DataFiles)}; entity files go in an entity folder ({ContentLoader.Folders(schema)})");
                    break;
                case "assets":
                    var unsafeName = relative[(slash + 1)..].Split('/').FirstOrDefault(n => !Slugs.IsSafeFileName(n));
                    if (unsafeName is not null)
                        diagnostics.Error(where, DiagnosticCodes.UnsafeFileName,
                            $"The asset name '{unsafeName}' is not a safe file name; rename it to lower-case letters, digits, single hyphens and dots (e.g. '{Slugs.From(Path.GetFileNameWithoutExtension(unsafeName))}{Path.GetExtension(unsafeName).ToLowerInvariant()}'), not a Windows device name.");
                    if (IsActive(name) && !allowActive)
                        diagnostics.Error(where, DiagnosticCodes.ActiveFile, ActiveMessage(relative));
                    break;
                default:
                    if (IsEntityCandidate(relative) || name == ".gitkeep") break;
                    if (IsActive(name) && !allowActive)
                        diagnostics.Error(where, DiagnosticCodes.ActiveFile, ActiveMessage(relative));
                    else if (IsMarkdown(name))
                        Skipped(where, relative, $"only files ending in lower-case '.md' are read; rename it to '{Path.GetFileNameWithoutExtension(name)}.md'");
                    else
                        Skipped(where, relative, "content folders hold only '.md' entity files; move it to assets/ if pages should link to it, or delete it");
                    break;
            }
        }

        void Skipped(SourceSpan where, string relative, string fix) =>
            diagnostics.Warning(where, DiagnosticCodes.SkippedFile, $"'{relative}' is not part of the site and is skipped: {fix}.");
    }

    private static bool IsMarkdown(string name) =>
        MarkdownExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string ActiveMessage(string relative) =>
        $"'{relative}' can run script in a browser, outside the pages' Content-Security-Policy; remove it, or, once it is reviewed as code, set 'allow_active_assets: true' in input/site.yml.";
}
