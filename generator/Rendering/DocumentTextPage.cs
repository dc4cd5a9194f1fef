using System.Text;
using JakKb.Linking;
using JakKb.Model;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering;

/// <summary>
/// The model of a shown document's text page: every paragraph and table cell with its anchor, and the words each
/// fact quotes marked, linking back to the fact. The text is the document's, so it is HTML-encoded throughout; the
/// only markup is the page's own (anchors, marks, back links).
/// </summary>
public sealed class DocumentTextPage(SiteGraph graph, QuoteTargets targets)
{
    private sealed record Mark(int Start, int End, string Id, string FactUrl, string FactLabel);

    public ScriptObject Build(Entity document, DocumentPassages text, PageLinks links)
    {
        var marks = MarksIn(document, links.Root);
        Html Passage(Passage p) => Render(p.Text, marks.GetValueOrDefault(p.Anchor) ?? []);
        var blocks = new ScriptArray();
        foreach (var group in text.Passages.GroupBy(p => p.Table is null ? p.Anchor : "t" + p.Table))
        {
            var first = group.First();
            blocks.Add(first.Table is null
                ? Object(("table", false), ("id", Text(first.Anchor)), ("html", Passage(first)))
                : Object(("table", true), ("id", Text(group.Key)), ("rows", List(group.GroupBy(c => c.Row), r => List(r, c => Object(("id", Text(c.Anchor)), ("html", Passage(c))))))));
        }
        return Object(
            ("document", EntityPage.Link(document, links)),
            ("licence", Optional(document.Text?.Licence)),
            ("path", Text(text.Path)),
            ("quote_count", marks.Values.Sum(m => m.Count)),
            ("blocks", blocks));
    }

    /// <summary>The marks of every fact that quotes <paramref name="document"/>, by the anchor of the passage they fall in.</summary>
    private Dictionary<string, List<Mark>> MarksIn(Entity document, string root)
    {
        var marks = new Dictionary<string, List<Mark>>(StringComparer.Ordinal);
        foreach (var (fact, owner) in graph.FactsFromSource(document))
        {
            if (targets.PlaceOf(fact) is not { } place) continue;
            if (!marks.TryGetValue(place.Passage.Anchor, out var list)) marks[place.Passage.Anchor] = list = [];
            list.Add(new Mark(place.Start, place.Start + place.Length, QuoteTargets.MarkId(fact, owner),
                root + owner.Url + "#" + EntityPage.FactAnchor(fact, owner), fact.Label));
        }
        return marks;
    }

    /// <summary>
    /// The passage's text with each quote in a &lt;mark&gt;. Quotes that overlap share one mark: the others' ids go on
    /// empty spans just before it, so their links still land on the words.
    /// </summary>
    private static Html Render(string text, List<Mark> marks)
    {
        var html = new StringBuilder();
        var at = 0;
        var ordered = marks.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        for (var i = 0; i < ordered.Count;)
        {
            var cluster = new List<Mark> { ordered[i] };
            var end = ordered[i].End;
            for (i++; i < ordered.Count && ordered[i].Start < end; i++)
            {
                cluster.Add(ordered[i]);
                end = Math.Max(end, ordered[i].End);
            }
            var start = cluster[0].Start;
            html.Append(Html.Encode(text[at..start]).Value);
            foreach (var other in cluster.Skip(1)) html.Append($"<span class=\"quote-anchor\" id=\"{Html.Encode(other.Id).Value}\"></span>");
            html.Append($"<mark class=\"quote\" id=\"{Html.Encode(cluster[0].Id).Value}\">").Append(Html.Encode(text[start..end]).Value).Append("</mark>");
            foreach (var m in cluster)
                html.Append($"<a class=\"quote-back\" href=\"{Html.Encode(m.FactUrl).Value}\" title=\"{Html.Encode(m.FactLabel).Value}\"><span class=\"visually-hidden\">Fact quoting this: {Html.Encode(m.FactLabel).Value}</span>↩</a>");
            at = end;
        }
        html.Append(Html.Encode(text[at..]).Value);
        return Html.Trusted(html.ToString());
    }
}
