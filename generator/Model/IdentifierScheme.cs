namespace JakKb.Model;

/// <summary>An outside registry an identifier names an entry of: its label, the shape of its values and the address of an entry.</summary>
public sealed record IdentifierScheme(string Key, string Label, string? Pattern, string UrlTemplate)
{
    /// <summary>
    /// The address of <paramref name="value"/>'s entry: the template with <c>{id}</c> replaced by the escaped value.
    /// A '/' stays a '/': a DOI is a path under doi.org (10.1056/NEJMoa2001017), and no other scheme's values have one.
    /// </summary>
    public string Url(string value) =>
        UrlTemplate.Replace("{id}", string.Join('/', value.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal);
}
