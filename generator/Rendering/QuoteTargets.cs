using JakKb.Linking;
using JakKb.Model;

namespace JakKb.Rendering;

/// <summary>
/// Where each quoted fact's provenance link goes. A document whose text the site shows gets a mark around the quoted
/// words, with an id the link names before its text fragment, so the link lands there even in a browser without text
/// fragments. A document the site may not show is linked at its own address (its first field of kind url), with the
/// text fragment alone: the quote was still checked against the repository's copy.
/// </summary>
public sealed class QuoteTargets(SiteGraph graph)
{
    public static string MarkId(Fact fact, Entity owner) => $"q-{owner.Id}-{EntityPage.FactAnchor(fact, owner)}";

    /// <summary>The shown text of <paramref name="document"/>, or null when it has none or its licence does not allow it.</summary>
    public DocumentPassages? ShownText(Entity document) =>
        document.Text is { Shown: true } && graph.Content.Texts.TryGetValue(document.Id, out var text) ? text : null;

    /// <summary>The one place a fact's quote picks in its document's text, or null (not quoted, no text, or reported as missing or ambiguous).</summary>
    public QuoteSearch.Place? PlaceOf(Fact fact) =>
        fact.Quote is { } quote && graph.Entity(fact.Provenance.SourceId) is { } document
        && graph.Content.Texts.TryGetValue(document.Id, out var text) && QuoteSearch.Find(text, quote) is [var place] ? place : null;

    /// <summary>The link to the quoted words, relative to <paramref name="root"/>; null when there is nowhere to send the reader.</summary>
    public string? Link(Fact fact, Entity owner, string root)
    {
        if (fact.Quote is not { } quote || graph.Entity(fact.Provenance.SourceId) is not { } document || PlaceOf(fact) is null) return null;
        if (ShownText(document) is not null)
            return root + DocumentText.PageOf(document) + "#" + MarkId(fact, owner) + TextFragment.Directive(quote);
        var address = document.Type.Fields.Where(f => f.Kind == FieldKind.Url && !f.IsList)
            .Select(f => document.Attributes.TextOf(f.Name)).FirstOrDefault(v => v is not null);
        return address is null ? null : address.Split('#')[0] + "#" + TextFragment.Directive(quote);
    }
}
