using BenchmarkDotNet.Attributes;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Markdown;
using JakKb.Model;
using JakKb.Rendering;
using JakKb.Tests.Support;

namespace JakKb.Benchmarks;

/// <summary>
/// The hot stages of a build, measured on the real knowledge base: Markdown with our extensions, template
/// rendering of an entity page, and linking the whole site.
/// </summary>
[MemoryDiagnoser]
public class HotStages
{
    private SiteContent _content = null!;
    private SiteGraph _graph = null!;
    private Entity _jak2 = null!;
    private MarkdownWriter _markdown = null!;
    private SiteRenderer _renderer = null!;
    private PageSpec _jak2Page = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoPaths.Root;
        var input = Path.Combine(root, "input");
        _content = ContentLoader.Load(input, new DiagnosticBag());
        _graph = SiteGraph.Link(_content);
        _jak2 = _graph.Entity("jak2")!;
        _markdown = new MarkdownWriter(MarkdownPipelines.Rendering(_graph.Glossary));
        var theme = new Theme(Path.Combine(root, "theme"), input);
        _renderer = new SiteRenderer(_graph, TemplateSet.Load(theme, new DiagnosticBag()), theme);
        var entityPage = new EntityPage(_graph, _markdown);
        _jak2Page = new SitePages(_graph, entityPage).All().Single(p => p.Url == _jak2.Url);
    }

    [Benchmark(Description = "Markdown: parse an entity body with wiki links, citations and terms")]
    public object ParseBody() => Markdig.Markdown.Parse(_jak2.Body, MarkdownPipelines.Parsing);

    [Benchmark(Description = "Markdown: write an entity body to HTML")]
    public Html WriteBody() => _markdown.Write(_jak2.BodyAst, new PageLinks(_graph, "../../"));

    [Benchmark(Description = "Templates: render the JAK2 page through its layout and the base layout")]
    public string? RenderPage() => _renderer.RenderPage(_jak2Page, new DiagnosticBag());

    [Benchmark(Description = "Linking: build the site graph (backlinks, citations, terms)")]
    public SiteGraph Link() => SiteGraph.Link(_content);
}
