namespace JakKb.Model;

/// <summary>
/// An identifier in an outside registry, with the database that was checked. Its label and address come from the
/// scheme the site's schema declares under <see cref="Scheme"/>, resolved when the file is read.
/// </summary>
public sealed record Identifier(string Scheme, string Value, string Source)
{
    public string Label { get; init; } = Scheme;

    public string Url { get; init; } = "";

    public static Identifier In(IdentifierScheme scheme, string value, string source) =>
        new(scheme.Key, value, source) { Label = scheme.Label, Url = scheme.Url(value) };
}
