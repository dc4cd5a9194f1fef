namespace JakKb.Markdown.HeadingIds;

/// <summary>
/// The heading ids of one page, unique among themselves and apart from the ids the page's own elements use.
/// Each slug keeps the last number it was given, so a thousand headings "Notes" cost a thousand steps, not half a million.
/// </summary>
public sealed class HeadingIdSet(Func<string, bool> reserved)
{
    /// <summary>What a slug that a page element uses (or starts like) becomes: GitHub's word for an empty heading, then the slug.</summary>
    public const string ReservedPrefix = HeadingSlug.Empty + "-";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

    public string Add(string slug)
    {
        if (reserved(slug)) slug = ReservedPrefix + slug;
        if (_used.Add(slug)) return slug;
        var n = _lastNumber.GetValueOrDefault(slug);
        string id;
        do id = slug + "-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (reserved(id) || !_used.Add(id));
        _lastNumber[slug] = n;
        return id;
    }
}
