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

        var timings = new List<(string Stage, TimeSpan Elapsed)>();
        var lap = Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings.Add((stage, lap.Elapsed));
            lap.Restart();
        }

        var content = ContentLoader.Load(options.InputDir, diagnostics);
        Lap("load");
        if (options.BasePath is not null)
            content = content with { Config = content.Config with { BasePath = SiteConfig.NormalizeBasePath(options.BasePath) } };
        ContentValidator.Validate(content, diagnostics);
        Lap("validate");

        var theme = new Theme(options.ThemeDir, options.InputDir);
        var templates = TemplateSet.Load(theme, diagnostics);
        Lap("templates");
        if (diagnostics.HasErrors) return Fail(diagnostics, clock, timings);

        var graph = new SiteGraph(content);
        foreach (var orphan in graph.Orphans())
            diagnostics.Warning(orphan.Where, DiagnosticCodes.OrphanPage,
                $"No other page links to '{orphan.Id}'; link it with [[{orphan.Id}]] or a relation from a related entity.");
        Lap("link");
        var files = new SiteRenderer(graph, templates, theme, GitDates.Read(options.InputDir)).Render(diagnostics);
        Lap("render");
        if (diagnostics.HasErrors) return Fail(diagnostics, clock, timings);

        if (options.CheckLinks)
        {
            OutputLinkChecker.Check(files, diagnostics);
            Lap("check");
        }
        var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);
        if (failed) return Fail(diagnostics, clock, timings);

        if (options.Write && !SitePublisher.TryPublish(options.OutputDir, files, diagnostics, options.InputDir, options.ThemeDir))
            return Fail(diagnostics, clock, timings);
        Lap("publish");
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), files, pages, clock.Elapsed, true, timings);
    }

    private static BuildResult Fail(DiagnosticBag diagnostics, Stopwatch clock, IReadOnlyList<(string, TimeSpan)>? timings = null) =>
        new(diagnostics.Sorted(), [], 0, clock.Elapsed, false, timings ?? []);
}
