using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Validation;

/// <summary>
/// Every fact's quote must be the words of the document its <c>source</c> names, found once: a quote that is not
/// there would send readers to words the document does not print, and one found in several places to the wrong one.
/// The check runs against the repository's copy whether or not the site may show the text.
/// </summary>
public static class QuoteCheck
{
    private const int Width = 30;

    public static void Report(SiteContent content, DiagnosticBag diagnostics)
    {
        var documents = content.Entities.Where(e => e.Type.IsProvenance).GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var entity in content.Entities)
        {
            foreach (var fact in entity.Facts)
            {
                if (fact.Quote is not { } quote || !documents.TryGetValue(fact.Provenance.SourceId, out var document)) continue;
                if (document.Text is null)
                {
                    diagnostics.Error(quote.Where, DiagnosticCodes.QuoteWithoutText,
                        $"This fact quotes '{document.Id}', which names no text to check the quote against; add 'text:' (the document's text file) to {document.InputPath}, or remove the quote.");
                    continue;
                }
                // A text that failed to load was reported where it is named.
                if (content.Texts.TryGetValue(document.Id, out var text)) Check(quote, text, diagnostics);
            }
        }
    }

    /// <summary>Reports <paramref name="quote"/> if it is not found exactly once in <paramref name="text"/>.</summary>
    public static void Check(TextQuote quote, DocumentPassages text, DiagnosticBag diagnostics)
    {
        var places = QuoteSearch.Find(text, quote);
        if (places.Count == 1) return;
        if (places.Count == 0)
        {
            var bare = QuoteSearch.Occurrences(text, quote.Exact);
            var why = bare.Count > 0
                ? $"the words occur {Times(bare.Count)}, but never {Context(quote)}; fix the prefix or suffix, e.g. {Suggestion(quote, bare[0])}"
                : $"copy the words exactly from {text.Path} (a quote stays within one paragraph or table cell; whitespace may differ, nothing else)";
            diagnostics.Error(quote.Where, DiagnosticCodes.QuoteNotFound, $"The quote \"{Short(quote.Exact)}\" is not in {text.Path}: {why}.");
            return;
        }
        var where = string.Join("; ", places.Take(5).Select(p => $"{p.Passage.Anchor}: \"…{p.Before(Width)}[{Short(quote.Exact)}]{p.After(Width)}…\""));
        diagnostics.Error(quote.Where, DiagnosticCodes.QuoteAmbiguous,
            $"The quote \"{Short(quote.Exact)}\" occurs {Times(places.Count)} in {text.Path} ({where}); write it as {Suggestion(quote, places[0])} with the words just before or after the place meant.");
    }

    private static string Context(TextQuote q) =>
        string.Join(" and ", new[] { q.Prefix is null ? null : $"after \"{q.Prefix}\"", q.Suffix is null ? null : $"before \"{q.Suffix}\"" }.OfType<string>());

    private static string Suggestion(TextQuote quote, QuoteSearch.Place place)
    {
        var before = LastWords(place.Before(Width));
        var after = FirstWords(place.After(Width));
        return $"{{exact: \"{quote.Exact}\", prefix: \"{before}\", suffix: \"{after}\"}}";
    }

    private static string LastWords(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));

    private static string FirstWords(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));

    private static string Times(int n) => n == 2 ? "twice" : $"{n} times";

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
