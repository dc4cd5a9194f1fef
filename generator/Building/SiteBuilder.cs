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
        if (Blocks(options, diagnostics)) return Fail(diagnostics, clock, timings);
        var renderer = new SiteRenderer(graph, templates, theme, GitDates.Read(options.InputDir));
        return options.Write && !options.CheckLinks
            ? RenderWhileWriting(options, renderer, diagnostics, clock, timings, Lap)
            : RenderThenWrite(options, renderer, diagnostics, clock, timings, Lap);
    }

    /// <summary>
    /// The usual build: each page is written to the staging folder as soon as it is rendered, so writing overlaps
    /// rendering and the site is never held in memory whole; the staging folder is swapped in only on success.
    /// </summary>
    private static BuildResult RenderWhileWriting(BuildOptions options, SiteRenderer renderer, DiagnosticBag diagnostics,
        Stopwatch clock, List<(string, TimeSpan)> timings, Action<string> lap)
    {
        StagingFolder staging;
        try
        {
            staging = SitePublisher.Begin(options.OutputDir, options.InputDir, options.ThemeDir);
        }
        catch (UnsafeOutputFolderException e)
        {
            diagnostics.Error(SourceSpan.File(options.OutputDir), DiagnosticCodes.UnsafeOutputFolder, e.Message);
            return Fail(diagnostics, clock, timings);
        }
        using (staging)
        {
            var pages = renderer.Render(staging.Write, diagnostics);
            lap("render+write");
            if (Blocks(options, diagnostics)) return Fail(diagnostics, clock, timings);
            staging.Commit();
            lap("publish");
            return new BuildResult(diagnostics.Sorted(), [], pages, clock.Elapsed, true, timings);
        }
    }

    /// <summary>For <c>check</c>, tests and <c>--check-links</c>: the whole site in memory, its links resolved, then published.</summary>
    private static BuildResult RenderThenWrite(BuildOptions options, SiteRenderer renderer, DiagnosticBag diagnostics,
        Stopwatch clock, List<(string, TimeSpan)> timings, Action<string> lap)
    {
        var files = renderer.Render(diagnostics);
        lap("render");
        if (diagnostics.HasErrors) return Fail(diagnostics, clock, timings);

        if (options.CheckLinks)
        {
            OutputLinkChecker.Check(files, diagnostics);
            lap("check");
        }
        if (Blocks(options, diagnostics)) return Fail(diagnostics, clock, timings);

        if (options.Write && !SitePublisher.TryPublish(options.OutputDir, files, diagnostics, options.InputDir, options.ThemeDir))
            return Fail(diagnostics, clock, timings);
        lap("publish");
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), files, pages, clock.Elapsed, true, timings);
    }

    /// <summary>Errors stop a build; under <c>--strict</c>, warnings do too.</summary>
    private static bool Blocks(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);

    private static BuildResult Fail(DiagnosticBag diagnostics, Stopwatch clock, IReadOnlyList<(string, TimeSpan)>? timings = null) =>
        new(diagnostics.Sorted(), [], 0, clock.Elapsed, false, timings ?? []);
}
