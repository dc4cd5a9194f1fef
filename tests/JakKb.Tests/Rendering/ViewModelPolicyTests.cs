using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Markdown;
using JakKb.Model;
using JakKb.Rendering;
using JakKb.Tests.Support;
using Scriban.Runtime;

namespace JakKb.Tests.Rendering;

/// <summary>The escaping policy: templates never receive a raw string, only HTML-safe values.</summary>
public class ViewModelPolicyTests
{
    [Fact]
    public void No_page_model_of_the_real_site_contains_a_raw_string()
    {
        var graph = SiteGraph.Link(ContentLoader.Load(RepoPaths.Input, new DiagnosticBag()));
        var pages = new SitePages(graph, new EntityPage(graph, new MarkdownWriter(MarkdownPipelines.Rendering(graph.Glossary))));
        var offenders = new List<string>();

        foreach (var spec in pages.All())
            Walk(spec.Model(new PageLinks(graph, spec.RootFor("/"))), spec.Url, offenders);

        Assert.Empty(offenders);
    }

    private static void Walk(object? value, string path, List<string> offenders)
    {
        switch (value)
        {
            case null or Html or int or bool:
                return;
            case ScriptObject obj:
                foreach (var (key, child) in obj) Walk(child, $"{path}.{key}", offenders);
                return;
            case ScriptArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", offenders);
                return;
            default:
                offenders.Add($"{path}: {value.GetType().Name}");
                return;
        }
    }
}
