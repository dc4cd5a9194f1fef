using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Markdown.Citations;
using JakKb.Markdown.WikiLinks;
using JakKb.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = JakKb.Diagnostics.SourceSpan;

namespace JakKb.Validation;

/// <summary>
/// The validation stage: every cross-reference in the content must resolve to something of the right kind.
/// It only reports; it never changes the content.
/// </summary>
public static partial class ContentValidator
{
    /// <summary>Validates <paramref name="content"/>; an entity is checked again only when its file or the site's index of ids, keys and terms changed since <paramref name="memo"/> kept its findings.</summary>
    public static void Validate(SiteContent content, DiagnosticBag diagnostics, Memo? memo = null)
    {
        memo ??= Memo.None;
        QuoteCheck.Report(content, diagnostics);
        var (entities, ambiguous) = UniqueEntities(content.Entities, diagnostics);
        var references = UniqueReferences(content.Bibliography, diagnostics);
        var notes = UniqueNotes(content.CurationNotes, diagnostics);
        var terms = UniqueTerms(content.Glossary, diagnostics);
        var schema = content.Schema;
        // A fact's, note's or relation's source must be a document: an entity of a type the schema marks as provenance.
        var sources = entities.Values.Where(e => e.Type.IsProvenance).Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sourceFolders = string.Join(" or ", schema.Types.Where(t => t.IsProvenance).Select(t => $"input/{t.Folder}/").DefaultIfEmpty("a folder of a type with 'provenance: true'"));

        // Files that exist but failed to load, and ids used twice, were reported already; what links to them is not.
        var unreadable = content.Unreadable;
        var alreadyReported = unreadable.Concat(ambiguous).ToHashSet(StringComparer.OrdinalIgnoreCase);

        void CheckSource(string id, SourceSpan where, DiagnosticBag diagnostics)
        {
            if (id.Length > 0 && !sources.Contains(id) && !unreadable.Contains(id) && !ambiguous.Contains(id))
                diagnostics.Error(where, DiagnosticCodes.UnknownSource, $"Source '{id}' is not a file in {sourceFolders}{Suggest(id, sources)}.");
        }
        // Lists point each diagnostic at the offending item itself, falling back to the entry that holds the list.
        void CheckNotes(IReadOnlyList<string> ids, SourceSpan where, DiagnosticBag diagnostics)
        {
            for (var i = 0; i < ids.Count; i++)
                if (!notes.ContainsKey(ids[i]))
                    diagnostics.Error(SourceMap.Item(ids, i, where), DiagnosticCodes.UnknownCurationNote, $"Curation note '{ids[i]}' is not in {Loading.ContentLoader.CurationNotesFile}{Suggest(ids[i], notes.Keys)}.");
        }
        void CheckCites(IReadOnlyList<string> keys, SourceSpan where, DiagnosticBag diagnostics)
        {
            for (var i = 0; i < keys.Count; i++)
                if (!references.ContainsKey(keys[i]))
                    diagnostics.Error(SourceMap.Item(keys, i, where), DiagnosticCodes.UnknownCitationKey, UnknownCitation(keys[i], references.Keys));
        }
        // A fact's or row's cites are what its source document cites; an outside reference is cited by no document, so
        // listing one there would make the curators' addition look printed by the source.
        void CheckPrintedCites(IReadOnlyList<string> keys, SourceSpan where, string what, DiagnosticBag diagnostics)
        {
            for (var i = 0; i < keys.Count; i++)
                if (references.TryGetValue(keys[i], out var r) && r.IsOutside)
                    diagnostics.Error(SourceMap.Item(keys, i, where), DiagnosticCodes.OutsideReferenceCitedBySource,
                        $"{what} 'cites' lists what the source document cites, but '{keys[i]}' is an outside reference (origin: outside) that no source document cites; cite it in the prose ([@{keys[i]}]) or in a property's 'cites' instead.");
        }
        void CheckEntities(IReadOnlyList<string> ids, SourceSpan where, string what, DiagnosticBag diagnostics)
        {
            for (var i = 0; i < ids.Count; i++)
                if (!entities.ContainsKey(ids[i]) && !unreadable.Contains(ids[i]))
                    diagnostics.Error(SourceMap.Item(ids, i, where), DiagnosticCodes.UnknownRelationTarget, $"{what} '{ids[i]}' is not the id of any entity{Suggest(ids[i], entities.Keys)}.");
        }

        // Entities are checked independently of each other, each against the sets of ids, keys and terms that exist.
        bool Check(Entity entity, DiagnosticBag diagnostics)
        {
            foreach (var relation in entity.Relations)
            {
                if (unreadable.Contains(relation.TargetId) || ambiguous.Contains(relation.TargetId)) continue;
                if (!entities.TryGetValue(relation.TargetId, out var target))
                    diagnostics.Error(relation.Where, DiagnosticCodes.UnknownRelationTarget,
                        $"'{relation.Kind.Field}' target '{relation.TargetId}' is not the id of any entity{Suggest(relation.TargetId, entities.Keys)}.");
                else if (!relation.Kind.To.Contains(target.Type))
                    diagnostics.Error(relation.Where, DiagnosticCodes.WrongRelationTargetType,
                        $"'{relation.Kind.Field}' must name a {relation.Kind.ToNames}, but '{relation.TargetId}' is a {target.Type.Name}.");
                else if (target == entity)
                    diagnostics.Error(relation.Where, DiagnosticCodes.InvalidValue, $"'{relation.Kind.Field}' names the entity itself; remove '{relation.TargetId}'.");
            }
            // A relation's provenance is held to a fact's rules.
            foreach (var stated in entity.Relations.Select(r => r.Provenance).OfType<Provenance>())
            {
                CheckSource(stated.SourceId, stated.Where, diagnostics);
                CheckCites(stated.Cites, stated.Where, diagnostics);
                CheckCites(stated.InferredCites, stated.Where, diagnostics);
                CheckNotes(stated.Notes, stated.Where, diagnostics);
            }
            foreach (var field in entity.Type.Fields.Where(f => f.Kind == FieldKind.Ref))
                CheckReferences(entity, field, diagnostics);
            foreach (var fact in entity.Facts)
            {
                CheckSource(fact.Provenance.SourceId, fact.Provenance.Where, diagnostics);
                CheckCites(fact.Provenance.Cites, fact.Where, diagnostics);
                CheckCites(fact.Provenance.InferredCites, fact.Where, diagnostics);
                CheckPrintedCites(fact.Provenance.Cites, fact.Where, "A fact's", diagnostics);
                CheckNotes(fact.Provenance.Notes, fact.Where, diagnostics);
                CheckEntities(fact.Concerns, fact.Where, "Fact 'concerns'", diagnostics);
                FactMeasureCheck.Check(fact, content.Schema.Measures, diagnostics);
            }
            foreach (var property in entity.Properties)
                CheckCites(property.Cites, property.Fields.Of("cites", property.Where ?? entity.Where), diagnostics);
            foreach (var table in entity.Tables)
                CheckNotes(table.Notes, table.Where ?? entity.Where, diagnostics);
            foreach (var row in entity.Tables.SelectMany(t => t.Rows))
            {
                CheckCites(row.Cites, row.Where, diagnostics);
                CheckCites(row.InferredCites, row.Where, diagnostics);
                CheckPrintedCites(row.Cites, row.Where, "A table row's", diagnostics);
                foreach (var c in row.Corrections.Where(c => !notes.ContainsKey(c.NoteId)))
                    diagnostics.Error(c.Fields.Of("note", row.Where), DiagnosticCodes.UnknownCurationNote,
                        $"Curation note '{c.NoteId}' is not in {Loading.ContentLoader.CurationNotesFile}{Suggest(c.NoteId, notes.Keys)}.");
                CheckNotes(row.Notes, row.Where, diagnostics);
                CheckEntities(row.Concerns, row.Where, "Table row 'concerns'", diagnostics);
            }
            CheckNotes(entity.Notes, entity.Fields.Of("notes", entity.Where), diagnostics);
            ValidateMarkdown(entity.BodyAst, (line, column) => new SourceSpan(entity.InputPath, line + entity.BodyFirstLine, column + 1),
                schema, entities, references, terms, alreadyReported, diagnostics, entity);
            return true;
        }
        // A ref field's ids must name entities of the types the schema allows, as a relation's do.
        void CheckReferences(Entity entity, FieldSpec field, DiagnosticBag diagnostics)
        {
            var ids = field.IsList ? entity.Attributes.ListOf(field.Name) : entity.Attributes.TextOf(field.Name) is { } one ? [one] : [];
            var where = entity.Fields.Of(field.Name, entity.Where);
            for (var i = 0; i < ids.Count; i++)
            {
                var at = field.IsList ? SourceMap.Item(ids, i, where) : where;
                if (unreadable.Contains(ids[i]) || ambiguous.Contains(ids[i])) continue;
                if (!entities.TryGetValue(ids[i], out var target))
                    diagnostics.Error(at, DiagnosticCodes.UnknownRelationTarget, $"'{field.Name}' names '{ids[i]}', which is not the id of any entity{Suggest(ids[i], entities.Keys)}.");
                else if (!field.RefTypes.Contains(target.Type.Name, StringComparer.OrdinalIgnoreCase))
                    diagnostics.Error(at, DiagnosticCodes.FieldRuleBroken,
                        $"'{ids[i]}' breaks a rule: {Loading.FieldReader.Rule(entity.Type, field)} must name a {string.Join(" or ", field.RefTypes)}, but '{ids[i]}' is a {target.Type.Name}.");
            }
        }

        // Walking every page's Markdown is most of validation, and an edit changes one file of thousands.
        var known = memo.Remembers ? Known(entities, ambiguous, references, notes, terms, unreadable) ^ schema.Hash : default;
        Parallel.ForEach(content.Entities, entity =>
            InternalError.Guard(entity.InputPath, diagnostics,
                () => memo.Get(Step, entity.InputPath, new Fingerprint().Add(entity.SourceHash).Add(known).Value, diagnostics, bag => Check(entity, bag))));
        foreach (var reference in content.Bibliography)
        {
            foreach (var c in reference.CitedBy) CheckSource(c.SourceId, c.Fields.Of("source", reference.Where), diagnostics);
            CheckNotes(reference.Notes, reference.Where, diagnostics);
            if (reference.CorrectedBy is { } correct && !references.ContainsKey(correct))
                diagnostics.Error(reference.Fields.Of("corrected_by", reference.Where), DiagnosticCodes.UnknownCitationKey,
                    $"'corrected_by' names '{correct}', which is not in {Loading.ContentLoader.BibliographyFile}{Suggest(correct, references.Keys)}.");
        }
        foreach (var note in content.CurationNotes)
        {
            CheckSource(note.SourceId, note.Fields.Of("source", note.Where), diagnostics);
            // A note's text is Markdown too: its links, wiki links and citations are held to the same rules as a page body.
            // Folded YAML text has no line-for-line mapping, so findings point at the text field itself.
            var textAt = note.Fields.Of("text", note.Where);
            MarkdownDocument document;
            try
            {
                document = Markdig.Markdown.Parse(note.Text, Markdown.MarkdownPipelines.Parsing);
            }
            catch (ArgumentException)
            {
                diagnostics.Error(textAt, DiagnosticCodes.MarkdownTooDeep, "The note's text nests too deeply to be parsed; remove the runaway nesting.");
                continue;
            }
            ValidateMarkdown(document, (_, _) => textAt, schema, entities, references, terms, alreadyReported, diagnostics);
        }
    }

    /// <summary>
    /// Everything an entity's checks read besides its own file: which entities exist (id, type and file), and which
    /// reference keys, curation notes and glossary terms. An edit that changes none of these leaves every other
    /// entity's findings as they were.
    /// </summary>
    private const string Step = "check";

    /// <summary>The hash of everything an entity's check reads besides its own file: the ids (with their types and files, and which are used twice), keys, notes, terms and unreadable files.</summary>
    private static UInt128 Known(Dictionary<string, Entity> entities, HashSet<string> ambiguous, Dictionary<string, Reference> references,
        Dictionary<string, CurationNote> notes, Dictionary<string, GlossaryTerm> terms, IEnumerable<string> unreadable)
    {
        var f = new Fingerprint();
        foreach (var (id, e) in entities) f.Add(id).Add(e.Type.Name).Add(e.InputPath);
        // Which references are outside ones decides whether a fact may cite them.
        foreach (var set in new IEnumerable<string>[] { ambiguous.Order(StringComparer.OrdinalIgnoreCase), references.Keys, references.Values.Where(r => r.IsOutside).Select(r => r.Key), notes.Keys, terms.Keys, unreadable.Order(StringComparer.OrdinalIgnoreCase) })
        {
            f.Add(-1);
            foreach (var key in set) f.Add(key);
        }
        return f.Value;
    }

    /// <summary>
    /// A citation's <c>#N</c> picks one of a work's entries in the document's own reference list, so it must be one the
    /// bibliography lists for that work and document: otherwise the marker would show a number the document never printed.
    /// </summary>
    private static void CheckListedEntries(CitationInline citation, SourceSpan where, Entity? page, IReadOnlyDictionary<string, Reference> references, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < citation.Keys.Count; i++)
        {
            if (citation.ListedAt(i) is not { } n || !references.TryGetValue(citation.Keys[i], out var r)) continue;
            var listed = page is { Type.IsProvenance: true }
                ? r.CitedBy.Where(c => c.SourceId.Equals(page.Id, StringComparison.OrdinalIgnoreCase)).Select(c => c.Number).ToList()
                : [];
            if (listed.Contains(n)) continue;
            diagnostics.Error(where, DiagnosticCodes.CitedEntryNotListed, page is { Type.IsProvenance: true }
                ? $"[@{r.Key} #{n}]: {page.Id}'s reference list holds '{r.Key}' as entry {(listed.Count == 0 ? "none (add a cited_by entry for it)" : string.Join(" or ", listed))}, not {n}; give one of those numbers, or remove '#{n}'."
                : $"[@{r.Key} #{n}]: '#{n}' names an entry of a source document's reference list, and only a source document's page numbers its citations that way; remove '#{n}'.");
        }
    }

    /// <summary>Checks every wiki link, citation and link address of a Markdown document; <paramref name="at"/> maps Markdig's 0-based line and column to the file.</summary>
    private static void ValidateMarkdown(MarkdownDocument document, Func<int, int, SourceSpan> at, Schema schema, IReadOnlyDictionary<string, Entity> entities,
        IReadOnlyDictionary<string, Reference> references, IReadOnlyDictionary<string, GlossaryTerm> terms, IReadOnlySet<string> alreadyReported,
        DiagnosticBag diagnostics, Entity? page = null)
    {
        UnrenderedMarkdownCheck.Check(document, at, diagnostics);
        // Reference-style links carry their definition's address, so checking every link checks every definition in use.
        foreach (var inline in document.Descendants<Inline>())
        {
            var where = at(inline.Line, inline.Column);
            void UnsafeLink(string url) =>
                diagnostics.Error(where, DiagnosticCodes.UnsafeUrl, $"Link address '{url}' is not allowed: javascript:, vbscript:, file: and data: (other than a PNG, GIF, JPEG or WebP image) can run script or read the reader's files; link to an https address or a page of the site.");
            switch (inline)
            {
                case WikiLinkInline { IsGlossaryTerm: true } term when !terms.ContainsKey(term.Target):
                    diagnostics.Error(where, DiagnosticCodes.UnknownGlossaryTerm, $"Glossary term '{term.Target}' is not in {Loading.ContentLoader.GlossaryFile}{Suggest(term.Target, terms.Keys)}.");
                    break;
                case WikiLinkInline { IsGlossaryTerm: false } link when alreadyReported.Contains(link.Target):
                    break;
                case WikiLinkInline { IsGlossaryTerm: false } link:
                    if (!entities.TryGetValue(link.Target, out var target))
                        diagnostics.Error(where, DiagnosticCodes.UnknownWikiLinkTarget, $"Wiki link [[{link.Target}]] names no entity{Suggest(link.Target, entities.Keys)}.");
                    else if (link.TypeName is not null && !string.Equals(target.Type.Name, link.TypeName, StringComparison.OrdinalIgnoreCase))
                        diagnostics.Error(where, DiagnosticCodes.WrongRelationTargetType,
                            schema.TypeNamed(link.TypeName) is null
                                ? $"Wiki link type '{link.TypeName}' is unknown; use one of: {string.Join(", ", schema.Types.Select(t => t.Name))}, or term."
                                : $"Wiki link [[{link.TypeName}:{link.Target}]] expects a {link.TypeName}, but '{link.Target}' is a {target.Type.Name}.");
                    break;
                case CitationInline citation:
                    foreach (var key in citation.Keys.Where(k => !references.ContainsKey(k)))
                        diagnostics.Error(where, DiagnosticCodes.UnknownCitationKey, UnknownCitation(key, references.Keys));
                    CheckListedEntries(citation, where, page, references, diagnostics);
                    break;
                case LinkInline { Url: { } url } when !IsSafeUrl(url):
                    UnsafeLink(url);
                    break;
                case LinkInline { Url: { } url } when SiteAddress.IsRootRelative(url) && SiteAddress.Resolve(url, schema, id => entities.GetValueOrDefault(id)) is null:
                    diagnostics.Warning(where, DiagnosticCodes.UnknownSitePage,
                        $"Link '{url}' names no page of this site{SuggestPage(url, schema, entities)}; write a page's address from the site root, /<type folder>/<id>/ (it is rewritten to work under the base path), or a full https:// address.");
                    break;
                case AutolinkInline { Url: { } url } when !IsSafeUrl(url):
                    UnsafeLink(url);
                    break;
            }
        }
    }

    private static string SuggestPage(string url, Schema schema, IReadOnlyDictionary<string, Entity> entities) =>
        SiteAddress.EntityId(url, schema) is { } id && entities.TryGetValue(id, out var e) ? $"; '{id}' is at /{e.Url}" : "";

    private static string UnknownCitation(string key, IEnumerable<string> known) =>
        $"Citation key '{key}' is not in {Loading.ContentLoader.BibliographyFile}{Suggest(key, known)}.";

    /// <summary>
    /// The link policy of the CommonMark reference implementation's safe mode (commonmark.js <c>reUnsafeProtocol</c>,
    /// <c>reSafeDataProtocol</c>): any address is allowed but one whose scheme runs script or opens the reader's own files,
    /// <c>javascript:</c>, <c>vbscript:</c>, <c>file:</c>, and <c>data:</c> other than a PNG, GIF, JPEG or WebP image. A
    /// deny list is safe here because the page's CSP is the second line: it forbids <c>javascript:</c> URLs too. The scheme
    /// is read as a browser reads it, only stricter: control characters and whitespace are dropped anywhere (browsers drop
    /// tabs and newlines anywhere, the rest at the ends), and case does not count. A scheme is read
    /// by <see cref="UrlScheme"/>. Unlike commonmark.js, the image type must end where the media type ends (<c>;</c> or <c>,</c>).
    /// </summary>
    public static bool IsSafeUrl(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        return UrlScheme.Of(cleaned)?.ToLowerInvariant() switch
        {
            null => true,
            "javascript" or "vbscript" or "file" => false,
            "data" => SafeDataImage().IsMatch(cleaned),
            _ => true,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^data:image/(?:png|gif|jpeg|webp)[;,]",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SafeDataImage();

    /// <summary>
    /// Ids are unique across all types, ignoring case; each file of a clash is told about the others. Returns each id's
    /// entity (the first file by path) and the ids used more than once.
    /// </summary>
    private static (Dictionary<string, Entity> Entities, HashSet<string> Ambiguous) UniqueEntities(IReadOnlyList<Entity> entities, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Entity>(entities.Count, StringComparer.OrdinalIgnoreCase);
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities)
        {
            if (!result.TryAdd(e.Id, e)) ambiguous.Add(e.Id);
        }
        foreach (var group in entities.Where(e => ambiguous.Contains(e.Id)).GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase))
        {
            var clash = group.OrderBy(e => e.InputPath, StringComparer.Ordinal).ToList();
            result[group.Key] = clash[0];
            foreach (var e in clash)
            {
                var others = string.Join(" and ", clash.Where(o => o != e).Select(o => o.InputPath));
                diagnostics.Error(e.Where, DiagnosticCodes.DuplicateId,
                    $"Id '{e.Id}' is also used by {others}; ids are unique across all types (ignoring case). Rename one of the files.");
            }
        }
        return (result, ambiguous);
    }

    private static Dictionary<string, Reference> UniqueReferences(IEnumerable<Reference> references, DiagnosticBag diagnostics)
    {
        var byKey = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        var byDoi = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        var byTitle = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in references)
        {
            if (!byKey.TryAdd(r.Key, r))
                diagnostics.Error(r.Fields.Of("key", r.Where), DiagnosticCodes.DuplicateReference,
                    $"Reference key '{r.Key}' is already defined {Line(byKey[r.Key].Where)}; merge the two entries or rename one key.");
            if (r.Doi is { } doi && !byDoi.TryAdd(doi, r))
                diagnostics.Error(r.Fields.Of("doi", r.Where), DiagnosticCodes.DuplicateReference,
                    $"DOI {doi} is already the reference '{byDoi[doi].Key}' {Line(byDoi[doi].Where)}; merge the two and list both citing numbers under cited_by.");
            var title = NormalizeTitle(r.Title);
            // A garbled entry mixes parts of real records, so it may carry another entry's title without being that
            // entry (and without a known correct record); so may an entry that names its corrected record.
            if (title.Length > 0 && !byTitle.TryAdd(title, r) && byTitle[title] != r && !IsCorrection(r, byTitle[title])
                && r.Status != "garbled" && byTitle[title].Status != "garbled")
                diagnostics.Error(r.Fields.Of("title", r.Where), DiagnosticCodes.DuplicateReference,
                    $"Title is already the reference '{byTitle[title].Key}' {Line(byTitle[title].Where)}; merge the two and list both citing numbers under cited_by.");
        }
        return byKey;
    }

    private static string Line(SourceSpan where) => $"on line {where.Line}";

    private static bool IsCorrection(Reference a, Reference b) =>
        string.Equals(a.CorrectedBy, b.Key, StringComparison.OrdinalIgnoreCase) || string.Equals(b.CorrectedBy, a.Key, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, GlossaryTerm> UniqueTerms(IEnumerable<GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        // Each entry is anchored on the glossary page by its slug: terms alike but for case and punctuation
        // ("JAK/STAT", "Jak-Stat") would share one id, and links to the second would land on the first.
        var anchors = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            if (!anchors.TryAdd(t.Slug, t) && !string.Equals(anchors[t.Slug].Term, t.Term, StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(t.Fields.Of("term", t.Where), DiagnosticCodes.DuplicateAnchor,
                    $"Glossary term '{t.Term}' gets the anchor '#{t.Slug}', as the entry '{anchors[t.Slug].Term}' {Line(anchors[t.Slug].Where)} does; merge the two entries or reword one term.");
            for (var i = -1; i < t.Aliases.Count; i++)
            {
                var text = i < 0 ? t.Term : t.Aliases[i];
                if (result.TryAdd(text, t) || result[text] == t) continue;
                var where = i < 0 ? t.Fields.Of("term", t.Where) : SourceMap.Item(t.Aliases, i, t.Where);
                diagnostics.Error(where, DiagnosticCodes.DuplicateGlossaryTerm,
                    $"Glossary term '{text}' is already defined by the entry '{result[text].Term}' {Line(result[text].Where)}; merge the two entries.");
            }
        }
        return result;
    }

    private static Dictionary<string, CurationNote> UniqueNotes(IEnumerable<CurationNote> notes, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, CurationNote>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in notes)
        {
            if (!result.TryAdd(n.Id, n))
                diagnostics.Error(n.Fields.Of("id", n.Where), DiagnosticCodes.DuplicateCurationNote,
                    $"Curation note '{n.Id}' is already defined {Line(result[n.Id].Where)}; merge the two notes or rename one.");
        }
        return result;
    }

    private static string NormalizeTitle(string title) =>
        new(title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string Suggest(string wrong, IEnumerable<string> known)
    {
        var best = Loading.FieldNames.Closest(wrong, known);
        return best is null ? "" : $"; did you mean '{best}'?";
    }
}
