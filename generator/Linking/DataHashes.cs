using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// A hash of each glossary term, reference and curation note, so an incremental build re-renders only the
/// pages that show the items an edit of a data file changed.
/// </summary>
public sealed class DataHashes
{
    private static readonly SourceSpan Nowhere = new("", 0, 0);

    private readonly Dictionary<string, UInt128> _terms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UInt128> _references = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UInt128> _notes = new(StringComparer.OrdinalIgnoreCase);

    public DataHashes(SiteContent content)
    {
        var glossary = new Fingerprint();
        foreach (var t in content.Glossary) glossary.Add(_terms[t.Term] = Fingerprint.OfItem(t, x => x with { Where = Nowhere }));
        Glossary = glossary.Value;
        var bibliography = new Fingerprint();
        foreach (var r in content.Bibliography) bibliography.Add(_references[r.Key] = Fingerprint.OfItem(r, x => x with { Where = Nowhere }));
        Bibliography = bibliography.Value;
        var notes = new Fingerprint();
        foreach (var n in content.CurationNotes) notes.Add(_notes[n.Id] = Fingerprint.OfItem(n, x => x with { Where = Nowhere }));
        Notes = notes.Value;
    }

    /// <summary>The whole glossary, in file order: glossary matching depends on every term.</summary>
    public UInt128 Glossary { get; }

    public UInt128 Bibliography { get; }

    public UInt128 Notes { get; }

    public UInt128 Term(string term) => _terms.GetValueOrDefault(term);

    public UInt128 Reference(string key) => _references.GetValueOrDefault(key);

    public UInt128 Note(string id) => _notes.GetValueOrDefault(id);
}
