namespace JakKb.Model;

/// <summary>
/// A chart the site declares under <c>charts:</c> in the schema: which facts it plots (those of one measure, on or
/// concerning entities of given types), how its bars are named and ordered, its data table and the pages that show it.
/// Type names are spelt as the schema declares them (the reader checked each) and looked up in the schema when drawn.
/// </summary>
public sealed record ChartSpec(string Id, string Title)
{
    public ChartKind Kind { get; init; } = ChartKind.Bar;

    /// <summary>The key of the <see cref="Measure"/> whose facts the chart plots.</summary>
    public string Measure { get; init; } = "";

    /// <summary>Types whose entities' own facts feed the chart.</summary>
    public IReadOnlyList<string> FactsOn { get; init; } = [];

    /// <summary>Types whose entities feed the chart the facts that other entities declare about them (<c>concerns:</c>).</summary>
    public IReadOnlyList<string> FactsConcerning { get; init; } = [];

    public BarName BarName { get; init; } = BarName.Label;

    public ChartOrder Order { get; init; } = ChartOrder.AsListed;

    /// <summary>The data table beside the chart; its first cell links to the fact.</summary>
    public IReadOnlyList<ChartColumn> Columns { get; init; } = [];

    /// <summary>A paired chart's two series: the fact's value, then the number its comparator prints.</summary>
    public IReadOnlyList<ChartSeries> Series { get; init; } = [];

    /// <summary>Whether the home page shows the chart.</summary>
    public bool OnHome { get; init; }

    /// <summary>Types whose index page shows the chart.</summary>
    public IReadOnlyList<string> OnIndexOf { get; init; } = [];

    /// <summary>Whether the page of each provenance entity (a source document) whose facts feed the chart shows it.</summary>
    public bool OnProvenancePages { get; init; }
}

public enum ChartKind
{
    /// <summary>One bar per fact, sized by its value.</summary>
    Bar,

    /// <summary>Two bars per fact: its value and the number its comparator prints ("low/intact 48.90%").</summary>
    Paired,
}

/// <summary>How a chart names each bar.</summary>
public enum BarName
{
    /// <summary>The fact's label.</summary>
    Label,

    /// <summary>The fact's subgroup, or its label when it has none.</summary>
    Subgroup,

    /// <summary>The title of the entity declaring the fact, then ": subgroup" when the fact has one.</summary>
    OwnerAndSubgroup,
}

public enum ChartOrder
{
    /// <summary>In the order of the pages and their facts.</summary>
    AsListed,

    /// <summary>Largest value first; equal values by the declaring entity's title, then as listed.</summary>
    LargestFirst,
}

/// <summary>What a cell of a chart's data table shows.</summary>
public enum ChartCell
{
    /// <summary>The bar's name, as the chart prints it.</summary>
    Bar,

    /// <summary>The fact's label.</summary>
    Label,

    /// <summary>The fact's subgroup.</summary>
    Subgroup,

    /// <summary>The fact's value with its unit.</summary>
    Value,

    /// <summary>The number the fact's comparator prints, the second bar of a paired chart.</summary>
    Compared,

    N,
    P,
    Timeframe,

    /// <summary>The title of the fact's source document and the locator in it.</summary>
    Source,
}

public sealed record ChartColumn(string Heading, ChartCell Shows);

/// <summary>A series of a paired chart: its name in the legend and in the chart's text description.</summary>
public sealed record ChartSeries(string Legend, string Text);
