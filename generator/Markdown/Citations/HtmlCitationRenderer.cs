using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JakKb.Markdown.Citations;

/// <summary>
/// Writes citations as numbered links into the page's reference list. An inferred one says so in words, "[5,
/// inferred]", so neither a sighted reader nor a screen reader takes it for one the document printed.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var page = PageHtmlRenderer.PageOf(renderer);
        var printed = Enumerable.Range(0, citation.Keys.Count).Where(i => !citation.InferredAt(i)).ToList();
        var inferred = Enumerable.Range(0, citation.Keys.Count).Where(citation.InferredAt).ToList();
        if (printed.Count > 0) Group(renderer, page, citation, printed, inferred: false);
        if (inferred.Count > 0) Group(renderer, page, citation, inferred, inferred: true);
    }

    private static void Group(HtmlRenderer renderer, IPageLinks page, CitationInline citation, List<int> indexes, bool inferred)
    {
        renderer.Write(inferred ? "<span class=\"cite cite-inferred\" title=\"Inferred by the curators: the source prints no citation here\">[" : "<span class=\"cite\">[");
        for (var j = 0; j < indexes.Count; j++)
        {
            if (j > 0) renderer.Write(", ");
            var i = indexes[j];
            var mark = page.Cite(citation.Keys[i], citation.ListedAt(i));
            var number = mark.Number.ToString(CultureInfo.InvariantCulture);
            renderer.Write("<a href=\"#").WriteEscapeUrl(mark.Anchor).Write("\" aria-label=\"Reference ").Write(number)
                .Write(inferred ? ", inferred by the curators" : "").Write("\">").Write(number).Write("</a>");
        }
        renderer.Write(inferred ? ", <em>inferred</em>]</span>" : "]</span>");
    }
}
