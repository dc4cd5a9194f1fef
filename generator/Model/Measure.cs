namespace JakKb.Model;

/// <summary>A quantity facts may say they report (a response rate, a median survival), so charts pick facts by what they measure.</summary>
public sealed record Measure(string Key, string Label, string? Unit, string Help);
