namespace JakKb.Model;

/// <summary>A chart the site declares. A placeholder: the charts work gives it its measure, grouping and pages.</summary>
public sealed record ChartSpec(string Id, string Title);
