namespace JakKb.Model;

/// <summary>An infobox fact from outside the source documents, so it must name where it was checked.</summary>
public sealed record Property(string Label, string Value, string Source);
