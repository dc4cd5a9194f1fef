using JakKb.Diagnostics;
using JakKb.Model;
using YamlDotNet.RepresentationModel;

namespace JakKb.Loading;

/// <summary>Reads the YAML data files: the glossary, the bibliography and the curation notes.</summary>
public static class DataFileReader
{
    public static IReadOnlyList<GlossaryTerm> Glossary(string path, string text, DiagnosticBag diagnostics) =>
        Items(path, text, diagnostics, "The glossary").Select(item =>
        {
            item.RejectUnknown(["term", "expansion", "definition", "aliases"], "a glossary entry");
            var term = item.Text("term", required: true);
            var definition = item.Text("definition", required: true, hint: "plain text a non-specialist understands");
            // An entry with an error is kept under its name (the build fails anyway), so links to it are not reported again.
            return term is null ? null
                : new GlossaryTerm(term, item.Text("expansion"), definition ?? "", item.TextList("aliases"), item.Span) { Fields = item.Fields() };
        }).OfType<GlossaryTerm>().ToList();

    public static IReadOnlyList<Reference> Bibliography(string path, string text, DiagnosticBag diagnostics) =>
        Items(path, text, diagnostics, "The bibliography").Select(item =>
        {
            item.RejectUnknown(["key", "authors", "title", "journal", "year", "details", "doi", "pmid", "status", "status_note", "supports_claim", "cited_by", "notes", "corrected_by", "origin"], "a reference");
            var key = item.Text("key", required: true);
            var authors = item.Text("authors", required: true);
            var title = item.Text("title", required: true);
            var status = item.Text("status", required: true, hint: string.Join(" | ", Reference.Statuses));
            if (key is not null && !Slugs.IsSafe(key))
                item.Diagnostics.Error(item.SpanOf("key"), DiagnosticCodes.UnsafeId, $"Reference key '{key}' is not a safe slug, e.g. 'kim2013'.");
            if (status is not null && !Reference.Statuses.Contains(status))
            {
                item.Diagnostics.Error(item.SpanOf("status"), DiagnosticCodes.InvalidValue,
                    $"Status '{status}' is not one of: {string.Join(", ", Reference.Statuses)}.");
                status = null;
            }
            var citedBy = new List<CitedBy>();
            foreach (var c in item.MapList("cited_by"))
            {
                c.RejectUnknown(["source", "number", "printed_number"], "a cited_by entry");
                var source = c.Text("source", required: true);
                var number = c.Text("number", required: true, hint: "the reference's position in the source's list, counted from 1");
                var printed = PrintedNumber(c);
                if (source is null || number is null) continue;
                if (int.TryParse(number, out var n) && n > 0) citedBy.Add(new CitedBy(source, n) { PrintedNumber = printed, Fields = c.Fields() });
                else c.Diagnostics.Error(c.SpanOf("number"), DiagnosticCodes.WrongType, $"'number' must be the reference's number in the source, a whole number, not '{number}'.");
            }
            var doi = item.Text("doi");
            if (doi is not null && !EntityReader.IsDoi(doi))
            {
                item.Diagnostics.Error(item.SpanOf("doi"), DiagnosticCodes.InvalidValue,
                    $"'{doi}' is not a DOI; give it as printed after https://doi.org/, starting with '10.', e.g. '10.1056/NEJMoa2001017'.");
                doi = null;
            }
            var pmid = item.Text("pmid");
            if (pmid is not null && !pmid.All(char.IsAsciiDigit))
            {
                item.Diagnostics.Error(item.SpanOf("pmid"), DiagnosticCodes.InvalidValue, $"A PMID is a number, not '{pmid}'.");
                pmid = null;
            }
            var origin = Origin(item, citedBy);
            // An entry with an error is kept under its key (the build fails anyway), so citations of it are not reported again.
            return key is null ? null
                : new Reference(key, authors ?? "", title ?? "", item.Text("journal"), item.Text("year"), item.Text("details"),
                    doi, pmid, status ?? "not-found", item.Text("status_note"), citedBy, item.TextList("notes"), item.Text("corrected_by"), item.Span)
                { Origin = origin, SupportsClaim = item.Flag("supports_claim") ?? true, Fields = item.Fields() };
        }).OfType<Reference>().ToList();

    /// <summary>
    /// A reference's origin, and whether its <c>cited_by</c> fits it: a source document's reference says where the
    /// document cites it, and an outside reference (added by the curators) is cited by no document, so its
    /// <c>cited_by</c> is empty or left out. An empty <c>cited_by</c> is valid only there.
    /// </summary>
    private static ReferenceOrigin Origin(YamlMap item, List<CitedBy> citedBy)
    {
        var text = item.Text("origin");
        var origin = text switch
        {
            null or "source" => ReferenceOrigin.Source,
            "outside" => ReferenceOrigin.Outside,
            _ => (ReferenceOrigin?)null,
        };
        if (origin is null)
        {
            var suggestion = FieldNames.Closest(text!, Reference.Origins);
            item.Diagnostics.Error(item.SpanOf("origin"), DiagnosticCodes.UnknownReferenceOrigin,
                $"Origin '{text}' is not one of: {string.Join(", ", Reference.Origins)}{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}.");
            return ReferenceOrigin.Source;
        }
        // An entry whose cited_by items failed to read was reported there already.
        if (origin == ReferenceOrigin.Source && citedBy.Count == 0 && !item.MapList("cited_by").Any())
            item.Diagnostics.Error(item.SpanOf("cited_by"), DiagnosticCodes.CitedByOriginMismatch,
                "No source document cites this reference: list where one does under 'cited_by' (source and number), or, if the curators added it as the source of background facts, mark it 'origin: outside'.");
        if (origin == ReferenceOrigin.Outside && item.MapList("cited_by").Any())
            item.Diagnostics.Error(item.SpanOf("cited_by"), DiagnosticCodes.CitedByOriginMismatch,
                "An outside reference is cited by no source document, so its 'cited_by' must be empty; remove 'origin: outside' if a source document cites it, or give 'cited_by: []'.");
        return origin.Value;
    }

    /// <summary>The number a reference list prints for the entry, as printed: digits, perhaps with a letter ("12a"); never the list's brackets or full stop.</summary>
    private static string? PrintedNumber(YamlMap entry)
    {
        var printed = entry.Text("printed_number");
        if (printed is null || (printed.Length <= 10 && printed.Length > 0 && char.IsAsciiDigit(printed[0]) && printed.All(char.IsAsciiLetterOrDigit)))
            return printed;
        var digits = new string(printed.Where(char.IsAsciiLetterOrDigit).ToArray());
        entry.Diagnostics.Error(entry.SpanOf("printed_number"), DiagnosticCodes.InvalidPrintedNumber,
            $"'printed_number: {printed}' is not a reference number as a list prints it; give the digits alone, without brackets or a full stop (e.g. '{(digits.Length > 0 && char.IsAsciiDigit(digits[0]) ? digits : "11")}').");
        return null;
    }

    public static IReadOnlyList<CurationNote> CurationNotes(string path, string text, DiagnosticBag diagnostics) =>
        Items(path, text, diagnostics, "The curation notes").Select(item =>
        {
            item.RejectUnknown(["id", "title", "source", "locator", "text"], "a curation note");
            var id = item.Text("id", required: true);
            var title = item.Text("title", required: true);
            var source = item.Text("source", required: true);
            var locator = item.Text("locator", required: true);
            var body = item.Text("text", required: true);
            if (id is not null && !Slugs.IsSafe(id))
                item.Diagnostics.Error(item.SpanOf("id"), DiagnosticCodes.UnsafeId, $"Note id '{id}' is not a safe slug.");
            // A note with an error is kept under its id (the build fails anyway), so uses of it are not reported again.
            return id is null ? null
                : new CurationNote(id, title ?? "", source ?? "", locator ?? "", body ?? "", item.Span) { Fields = item.Fields() };
        }).OfType<CurationNote>().ToList();

    public static SiteConfig Site(string path, string text, DiagnosticBag diagnostics)
    {
        var map = YamlMap.Parse(path, text, 1, diagnostics, "site.yml");
        if (map is null) return SiteConfig.Default;
        map.RejectUnknown(["title", "description", "base_path", "repository", "branch", "content_path", "allow_active_assets"], "site.yml");
        // The repository address becomes every page's "Edit this page" link, so it must be a web address.
        var repository = map.Text("repository");
        if (repository is not null && !IsWebAddress(repository))
        {
            diagnostics.Error(map.SpanOf("repository"), DiagnosticCodes.UnsafeUrl,
                $"'repository' must be an http or https address, e.g. https://github.com/owner/name, not '{repository}'.");
            repository = null;
        }
        var basePath = map.Text("base_path") ?? "/";
        if (SiteConfig.BasePathProblem(basePath) is { } problem)
        {
            diagnostics.Error(map.SpanOf("base_path"), DiagnosticCodes.InvalidBasePath,
                $"'base_path' '{basePath}' is not a plain path: {problem}; write '/' or '/name/', e.g. '/jakkb/'.");
            basePath = "/";
        }
        return new SiteConfig(
            map.Text("title") ?? SiteConfig.Default.Title,
            map.Text("description") ?? "",
            SiteConfig.NormalizeBasePath(basePath),
            repository,
            map.Text("branch") ?? "main",
            map.Text("content_path") ?? "input")
        {
            AllowActiveAssets = map.Flag("allow_active_assets") ?? false,
        };
    }

    /// <summary>An absolute http(s) address with a host and nothing a browser would strip or reinterpret.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\');

    private static IEnumerable<YamlMap> Items(string path, string text, DiagnosticBag diagnostics, string what)
    {
        var root = YamlText.Parse(path, text, 1, diagnostics);
        switch (root)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var maps = new List<YamlMap>();
                foreach (var child in seq.Children)
                {
                    if (child is YamlMappingNode m) maps.Add(new YamlMap(m, path, 1, diagnostics));
                    else diagnostics.Error(YamlText.At(path, child.Start, 1), DiagnosticCodes.WrongType, $"Each entry of {what.ToLowerInvariant()} must be a mapping of 'field: value' lines.");
                }
                return maps;
            default:
                diagnostics.Error(YamlText.At(path, root.Start, 1), DiagnosticCodes.WrongType, $"{what} must be a list of entries, each starting with '- '.");
                return [];
        }
    }
}
