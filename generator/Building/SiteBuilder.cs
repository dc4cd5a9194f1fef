using System.Diagnostics;
using JakKb.Checking;
using JakKb.Diagnostics;
using JakKb.Linking;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Publishing;
using JakKb.Rendering;
using JakKb.Validation;

namespace JakKb.Building;

/// <summary>A build, as the sequence of its stages: load, validate, link, render, check, publish.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var content = ContentLoader.Load(options.InputDir, diagnostics);
        if (options.BasePath is not null)
            content = content with { Config = content.Config with { BasePath = SiteConfig.NormalizeBasePath(options.BasePath) } };
        ContentValidator.Validate(content, diagnostics);

        var theme = new Theme(options.ThemeDir, options.InputDir);
        var templates = TemplateSet.Load(theme, diagnostics);
        if (diagnostics.HasErrors) return Fail(diagnostics, clock);

        var graph = new SiteGraph(content);
        foreach (var orphan in graph.Orphans())
            diagnostics.Warning(orphan.Where, DiagnosticCodes.OrphanPage,
                $"No other page links to '{orphan.Id}'; link it with [[{orphan.Id}]] or a relation from a related entity.");
        var files = new SiteRenderer(graph, templates, theme).Render(diagnostics);
        if (diagnostics.HasErrors) return Fail(diagnostics, clock);

        OutputLinkChecker.Check(files, diagnostics);
        var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);
        if (failed) return Fail(diagnostics, clock);

        if (options.Write) SitePublisher.Publish(options.OutputDir, files);
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), files, pages, clock.Elapsed, true);
    }

    private static BuildResult Fail(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(diagnostics.Sorted(), [], 0, clock.Elapsed, false);
}
