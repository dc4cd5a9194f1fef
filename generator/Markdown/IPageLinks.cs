using JakKb.Model;

namespace JakKb.Markdown;

/// <summary>What a page's body needs to know while it is written: where things are, and what it has cited so far.</summary>
public interface IPageLinks
{
    /// <summary>Relative path from the page to the site root, e.g. "../../", so links work under any base path and from disk.</summary>
    string Root { get; }

    Entity? Entity(string? typeName, string id);

    GlossaryTerm? Term(string text);

    /// <summary>
    /// The citation's mark on this page. A provenance page numbers as its document's reference list does, and
    /// <paramref name="listed"/> picks one of a work's duplicate entries there; any other page numbers in order of first use.
    /// </summary>
    Citations.CiteMark Cite(string key, int? listed = null);

    /// <summary>True the first time a term is met on the page: only the first mention is linked.</summary>
    bool FirstMention(GlossaryTerm term);

    /// <summary>A root-relative address that names a page of the site, written from this page (see <see cref="SiteAddress"/>); any other address as it is.</summary>
    string SiteLink(string url);

    /// <summary>A page-unique id for a tooltip element.</summary>
    string NextTooltipId();

    /// <summary>The id for a heading with this slug: unique on the page, and never one the page's own elements use.</summary>
    string HeadingId(string slug);

    /// <summary>The Markdown document's number on the page (1 for the first written), so its footnote ids are the page's own.</summary>
    int DocumentNumber(Markdig.Syntax.MarkdownDocument document);
}
