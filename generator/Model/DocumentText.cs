using JakKb.Diagnostics;

namespace JakKb.Model;

/// <summary>
/// A provenance entity's own text: a file of the repository (<c>text:</c>, relative to the folder that holds input/),
/// the licence it is under, and whether that licence lets the site show it (<c>show_text: true</c>). Facts' quotes
/// are checked against the file either way; only a shown text gets a page.
/// </summary>
public sealed record DocumentText(string Path, string? Licence, bool Shown, SourceSpan Where)
{
    /// <summary>The built-in front-matter fields of every provenance type.</summary>
    public static readonly string[] Fields = ["text", "text_licence", "show_text"];

    /// <summary>The segment of a shown text's page below its document's page: <c>sources/doc/text/</c>.</summary>
    public const string PageSegment = "text/";

    /// <summary>The page of <paramref name="document"/>'s shown text.</summary>
    public static string PageOf(Entity document) => document.Url + PageSegment;
}
