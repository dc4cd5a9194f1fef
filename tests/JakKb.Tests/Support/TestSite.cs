using JakKb.Building;

namespace JakKb.Tests.Support;

/// <summary>A small input folder written from strings, built with the real theme.</summary>
public sealed class TestSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public string InputDir => _folder.Combine("input");

    public string OutputDir => _folder.Combine("output");

    /// <summary>A site of the JAK knowledge base's types: its schema is written first, as every site needs one.</summary>
    public TestSite() => JakSchema.CopyTo(InputDir);

    public TestSite With(string relativePath, string content)
    {
        var path = Path.Combine(InputDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>A minimal valid site: one source, one kinase, one drug targeting it, with a fact, a citation and a term.</summary>
    public static TestSite Minimal() => new TestSite()
        .With("site.yml", "title: Test KB\n")
        .With("sources/doc.md", "---\ntitle: The document\nsummary: A source.\nauthors: A B\njournal: J\nyear: \"2020\"\n---\nAbout [[jak2]].\n")
        .With("kinases/jak2.md", "---\ntitle: JAK2\nsummary: A kinase.\nfacts:\n  - label: Overexpression\n    value: \"42.6\"\n    unit: \"%\"\n    source: doc\n    locator: Table 1\n    cites: [kim2013]\n---\nJAK2 matters in HCC [@kim2013].\n")
        .With("drugs/rux.md", "---\ntitle: Ruxolitinib\nsummary: A drug.\ntargets: [jak2]\n---\nInhibits [[kinase:jak2|Janus kinase 2]].\n")
        .With("data/glossary.yml", "- term: HCC\n  expansion: hepatocellular carcinoma\n  definition: A liver cancer.\n")
        .With("data/bibliography.yml", "- key: kim2013\n  authors: Kim HS\n  title: A paper\n  status: not-found\n  cited_by:\n    - source: doc\n      number: 11\n");

    public BuildResult Build(bool write = true, string? basePath = null) =>
        SiteBuilder.Build(new BuildOptions(InputDir, OutputDir, RepoPaths.Theme, basePath, write));

    public string Read(string outputRelative) => File.ReadAllText(Path.Combine(OutputDir, outputRelative));

    public void Dispose() => _folder.Dispose();
}
