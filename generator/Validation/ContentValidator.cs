using JakKb.Diagnostics;
using JakKb.Markdown.Citations;
using JakKb.Markdown.WikiLinks;
using JakKb.Model;
using Markdig.Syntax;
using SourceSpan = JakKb.Diagnostics.SourceSpan;
using Markdig.Syntax.Inlines;

namespace JakKb.Validation;

/// <summary>
/// The validation stage: every cross-reference in the content must resolve to something of the right kind.
/// It only reports; it never changes the content.
/// </summary>
public static class ContentValidator
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static void Validate(SiteContent content, DiagnosticBag diagnostics)
    {
        var entities = UniqueEntities(content.Entities, diagnostics);
        var references = UniqueReferences(content.Bibliography, diagnostics);
        var notes = Unique(content.CurationNotes, n => n.Id, n => n.Where, DiagnosticCodes.DuplicateCurationNote, "Curation note", diagnostics);
        var terms = UniqueTerms(content.Glossary, diagnostics);
        var sources = entities.Values.Where(e => e.Type == EntityType.Source).Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

        void CheckSource(string id, SourceSpan where)
        {
            if (!sources.Contains(id))
                diagnostics.Error(where, DiagnosticCodes.UnknownSource, $"Source '{id}' is not a file in input/sources/{Suggest(id, sources)}.");
        }
        void CheckNotes(IEnumerable<string> ids, SourceSpan where)
        {
            foreach (var id in ids.Where(id => !notes.ContainsKey(id)))
                diagnostics.Error(where, DiagnosticCodes.UnknownCurationNote, $"Curation note '{id}' is not in {Loading.ContentLoader.CurationNotesFile}{Suggest(id, notes.Keys)}.");
        }
        void CheckCites(IEnumerable<string> keys, SourceSpan where)
        {
            foreach (var key in keys.Where(k => !references.ContainsKey(k)))
                diagnostics.Error(where, DiagnosticCodes.UnknownCitationKey, $"Citation key '{key}' is not in {Loading.ContentLoader.BibliographyFile}{Suggest(key, references.Keys)}.");
        }
        void CheckEntity(string id, SourceSpan where, string what)
        {
            if (!entities.ContainsKey(id))
                diagnostics.Error(where, DiagnosticCodes.UnknownRelationTarget, $"{what} '{id}' is not the id of any entity{Suggest(id, entities.Keys)}.");
        }

        foreach (var entity in content.Entities)
        {
            foreach (var relation in entity.Relations)
            {
                if (!entities.TryGetValue(relation.TargetId, out var target))
                    CheckEntity(relation.TargetId, relation.Where, $"'{relation.Kind.Field}' target");
                else if (target.Type != relation.Kind.To)
                    diagnostics.Error(relation.Where, DiagnosticCodes.WrongRelationTargetType,
                        $"'{relation.Kind.Field}' must name a {relation.Kind.To.Name}, but '{relation.TargetId}' is a {target.Type.Name}.");
                else if (target == entity)
                    diagnostics.Error(relation.Where, DiagnosticCodes.InvalidValue, $"'{relation.Kind.Field}' names the entity itself; remove '{relation.TargetId}'.");
            }
            foreach (var fact in entity.Facts)
            {
                CheckSource(fact.Provenance.SourceId, fact.Where);
                CheckCites(fact.Provenance.Cites, fact.Where);
                CheckNotes(fact.Provenance.Notes, fact.Where);
                foreach (var id in fact.Concerns) CheckEntity(id, fact.Where, "Fact 'concerns'");
            }
            foreach (var row in entity.Tables.SelectMany(t => t.Rows))
            {
                CheckCites(row.Cites, row.Where);
                CheckNotes(row.Corrections.Select(c => c.NoteId).Concat(row.Notes), row.Where);
                foreach (var id in row.Concerns) CheckEntity(id, row.Where, "Table row 'concerns'");
            }
            CheckNotes(entity.Notes, entity.Where);
            ValidateBody(entity, entities, references, terms, diagnostics);
        }
        foreach (var reference in content.Bibliography)
        {
            foreach (var c in reference.CitedBy) CheckSource(c.SourceId, reference.Where);
            CheckNotes(reference.Notes, reference.Where);
            if (reference.CorrectedBy is { } correct && !references.ContainsKey(correct))
                diagnostics.Error(reference.Where, DiagnosticCodes.UnknownCitationKey, $"'corrected_by' names '{correct}', which is not in {Loading.ContentLoader.BibliographyFile}{Suggest(correct, references.Keys)}.");
        }
        foreach (var note in content.CurationNotes) CheckSource(note.SourceId, note.Where);
    }

    private static void ValidateBody(Entity entity, IReadOnlyDictionary<string, Entity> entities,
        IReadOnlyDictionary<string, Reference> references, IReadOnlyDictionary<string, GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        foreach (var inline in entity.BodyAst.Descendants<Inline>())
        {
            var where = new SourceSpan(entity.InputPath, inline.Line + entity.BodyFirstLine, inline.Column + 1);
            switch (inline)
            {
                case WikiLinkInline { IsGlossaryTerm: true } term when !terms.ContainsKey(term.Target):
                    diagnostics.Error(where, DiagnosticCodes.UnknownGlossaryTerm, $"Glossary term '{term.Target}' is not in {Loading.ContentLoader.GlossaryFile}{Suggest(term.Target, terms.Keys)}.");
                    break;
                case WikiLinkInline { IsGlossaryTerm: false } link:
                    if (!entities.TryGetValue(link.Target, out var target))
                        diagnostics.Error(where, DiagnosticCodes.UnknownWikiLinkTarget, $"Wiki link [[{link.Target}]] names no entity{Suggest(link.Target, entities.Keys)}.");
                    else if (link.TypeName is not null && !string.Equals(target.Type.Name, link.TypeName, StringComparison.OrdinalIgnoreCase))
                        diagnostics.Error(where, DiagnosticCodes.WrongRelationTargetType,
                            EntityType.FromName(link.TypeName) is null
                                ? $"Wiki link type '{link.TypeName}' is unknown; use one of: {string.Join(", ", EntityType.All.Select(t => t.Name))}, or term."
                                : $"Wiki link [[{link.TypeName}:{link.Target}]] expects a {link.TypeName}, but '{link.Target}' is a {target.Type.Name}.");
                    break;
                case CitationInline citation:
                    foreach (var key in citation.Keys.Where(k => !references.ContainsKey(k)))
                        diagnostics.Error(where, DiagnosticCodes.UnknownCitationKey, $"Citation key '{key}' is not in {Loading.ContentLoader.BibliographyFile}{Suggest(key, references.Keys)}.");
                    break;
                case LinkInline { Url: { } url } when !IsSafeUrl(url):
                    diagnostics.Error(where, DiagnosticCodes.UnsafeUrl, $"Link address '{url}' is not allowed; use http, https, mailto or a relative path.");
                    break;
                case AutolinkInline { Url: { } auto } when !IsSafeUrl(auto):
                    diagnostics.Error(where, DiagnosticCodes.UnsafeUrl, $"Link address '{auto}' is not allowed; use http, https, mailto or a relative path.");
                    break;
            }
        }
    }

    /// <summary>Only http, https, mailto and scheme-less (relative) addresses; control characters are ignored the way browsers ignore them.</summary>
    public static bool IsSafeUrl(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        return SafeSchemes.Contains(cleaned[..colon].ToLowerInvariant());
    }

    private static Dictionary<string, Entity> UniqueEntities(IEnumerable<Entity> entities, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities.OrderBy(e => e.InputPath, StringComparer.Ordinal))
        {
            if (!result.TryAdd(e.Id, e))
                diagnostics.Error(e.Where, DiagnosticCodes.DuplicateId, $"Id '{e.Id}' is already used by {result[e.Id].InputPath}; ids are unique across all types (ignoring case). Rename one file.");
        }
        return result;
    }

    private static Dictionary<string, Reference> UniqueReferences(IEnumerable<Reference> references, DiagnosticBag diagnostics)
    {
        var byKey = Unique(references, r => r.Key, r => r.Where, DiagnosticCodes.DuplicateReference, "Reference key", diagnostics);
        var byDoi = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        var byTitle = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in references)
        {
            if (r.Doi is { } doi && !byDoi.TryAdd(doi, r))
                diagnostics.Error(r.Where, DiagnosticCodes.DuplicateReference, $"DOI {doi} is already the reference '{byDoi[doi].Key}'; merge the two and list both citing numbers under cited_by.");
            var title = NormalizeTitle(r.Title);
            // A garbled entry that names its corrected record is the same title on purpose, not a duplicate.
            if (!byTitle.TryAdd(title, r) && byTitle[title] != r && !IsCorrection(r, byTitle[title]))
                diagnostics.Error(r.Where, DiagnosticCodes.DuplicateReference, $"Title is already the reference '{byTitle[title].Key}'; merge the two and list both citing numbers under cited_by.");
        }
        return byKey;
    }

    private static bool IsCorrection(Reference a, Reference b) =>
        string.Equals(a.CorrectedBy, b.Key, StringComparison.OrdinalIgnoreCase) || string.Equals(b.CorrectedBy, a.Key, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, GlossaryTerm> UniqueTerms(IEnumerable<GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in terms)
        {
            foreach (var text in t.Aliases.Prepend(t.Term))
            {
                if (!result.TryAdd(text, t) && result[text] != t)
                    diagnostics.Error(t.Where, DiagnosticCodes.DuplicateGlossaryTerm, $"Glossary term '{text}' is already defined by the entry '{result[text].Term}'; merge the two entries.");
            }
        }
        return result;
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceSpan> where, string code, string what, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!result.TryAdd(key(item), item))
                diagnostics.Error(where(item), code, $"{what} '{key(item)}' is defined twice; merge or rename one.");
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
