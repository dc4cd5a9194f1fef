using System.Text;
using JakKb.Markdown.WikiLinks;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JakKb.Markdown.HeadingIds;

/// <summary>A heading's slug as GitHub makes it: the text a reader sees, lower-cased, spaces as hyphens, punctuation dropped.</summary>
public static class HeadingSlug
{
    private static readonly object Key = typeof(HeadingSlug);

    /// <summary>The word GitHub uses for a heading with no letters or digits.</summary>
    public const string Empty = "section";

    public static void Attach(HeadingBlock heading) => heading.SetData(Key, Of(heading));

    /// <summary>The slug attached while parsing; a heading built by hand has none, and gets it now.</summary>
    public static string For(HeadingBlock heading) => heading.GetData(Key) as string ?? Of(heading);

    public static string Of(HeadingBlock heading)
    {
        var text = new StringBuilder();
        if (heading.Inline is { } inline) AppendText(inline, text);
        var slug = LinkHelper.UrilizeAsGfm(text.ToString());
        return slug.Length == 0 ? Empty : slug;
    }

    private static void AppendText(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case WikiLinkInline link: text.Append(link.Label ?? link.Target); break;
                case ContainerInline nested: AppendText(nested, text); break;
            }
        }
    }
}
