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
    /// <summary>Builds; <paramref name="session"/> carries what earlier builds of one <c>serve</c> session read and scanned.</summary>
    public static BuildResult Build(BuildOptions options, BuildSession? session = null)
    {
        var memo = session?.Memo ?? Memo.None;
        try
        {
            return Build(options, session, memo);
        }
        finally
        {
            memo.Sweep();
        }
    }

    private static BuildResult Build(BuildOptions options, BuildSession? session, Memo memo)
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

        var content = ContentLoader.Load(options.InputDir, diagnostics, memo);
        Lap("load");
        // The command line refuses a bad --base-path as a usage error; this guards every other caller.
        if (options.BasePath is not null && SiteConfig.BasePathProblem(options.BasePath) is { } problem)
            diagnostics.Error(SourceSpan.File("--base-path"), DiagnosticCodes.InvalidBasePath,
                $"--base-path '{options.BasePath}' is not a plain path: {problem}; pass '/' or '/name/', e.g. '/jakkb/'.");
        else if (options.BasePath is not null)
            content = content with { Config = content.Config with { BasePath = SiteConfig.NormalizeBasePath(options.BasePath) } };
        ContentValidator.Validate(content, diagnostics, memo);
        Lap("validate");

        var theme = new Theme(options.ThemeDir, options.InputDir);
        var templates = TemplateSet.Load(theme, diagnostics);
        Lap("templates");
        if (diagnostics.HasErrors) return Fail(diagnostics, clock, timings);

        // One change set, from the graph of the output this session last wrote: the graph update, the charts and the
        // pages an edit reaches all start from it.
        var kept = session?.OutputFor(options.OutputDir);
        var changes = kept is { Renderer: var previous } ? ChangeSet.Between(previous.Graph.Content, content) : null;
        var graph = kept is { Renderer: var last } ? last.Graph.Update(content, changes, memo) : SiteGraph.Link(content, memo);
        foreach (var orphan in graph.Orphans())
            diagnostics.Warning(orphan.Where, DiagnosticCodes.OrphanPage,
                $"No other page links to '{orphan.Id}'; link it with [[{orphan.Id}]] or a relation from a related entity.");
        Lap("link");
        if (Blocks(options, diagnostics)) return Fail(diagnostics, clock, timings);
        var renderer = new SiteRenderer(graph, templates, theme, GitDates.Read(options.InputDir), memo, kept?.Renderer, changes);
        if (options.Write && options.Incremental && !options.CheckLinks && IncrementalBuild.Plan(options, renderer, diagnostics, kept) is { } update)
        {
            Lap("render changed");
            if (Blocks(options, diagnostics)) return Fail(diagnostics, clock, timings);
            Remember(session, options, renderer, update.Apply(options.OutputDir, keptInMemory: session is not null));
            Lap("publish");
            return new BuildResult(diagnostics.Sorted(), update.Changed, update.Pages, clock.Elapsed, true, timings) { PagesRendered = update.PagesRendered };
        }
        return options.Write && !options.CheckLinks
            ? RenderWhileWriting(options, session, renderer, diagnostics, clock, timings, Lap)
            : RenderThenWrite(options, session, renderer, diagnostics, clock, timings, Lap);
    }

    /// <summary>
    /// The usual build: each page is written to the staging folder as soon as it is rendered, so writing overlaps
    /// rendering and the site is never held in memory whole; the staging folder is swapped in only on success.
    /// </summary>
    private static BuildResult RenderWhileWriting(BuildOptions options, BuildSession? session, SiteRenderer renderer, DiagnosticBag diagnostics,
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
            var plan = renderer.Plan().ToList();
            var pages = renderer.Render(plan, staging.Write, diagnostics);
            lap("render+write");
            if (Blocks(options, diagnostics)) return Fail(diagnostics, clock, timings);
            staging.Commit();
            RecordOutput(options, session, renderer, plan);
            lap("publish");
            return new BuildResult(diagnostics.Sorted(), [], pages, clock.Elapsed, true, timings);
        }
    }

    /// <summary>For <c>check</c>, tests and <c>--check-links</c>: the whole site in memory, its links resolved, then published.</summary>
    private static BuildResult RenderThenWrite(BuildOptions options, BuildSession? session, SiteRenderer renderer, DiagnosticBag diagnostics,
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

        if (options.Write)
        {
            if (!SitePublisher.TryPublish(options.OutputDir, files, diagnostics, options.InputDir, options.ThemeDir))
                return Fail(diagnostics, clock, timings);
            RecordOutput(options, session, renderer, renderer.Plan());
        }
        lap("publish");
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), files, pages, clock.Elapsed, true, timings);
    }

    /// <summary>
    /// A full build replaced the output. An incremental one (the first of a session or after a theme change)
    /// records what it wrote for the next; any other build only drops the record of the output it replaced, so a
    /// plain build pays nothing for incremental builds it may never be followed by.
    /// </summary>
    private static void RecordOutput(BuildOptions options, BuildSession? session, SiteRenderer renderer, IEnumerable<PlannedFile> plan)
    {
        if (options.Incremental) Remember(session, options, renderer, IncrementalBuild.Record(options.OutputDir, renderer, plan));
        else OutputManifest.Delete(options.OutputDir);
    }

    private static void Remember(BuildSession? session, BuildOptions options, SiteRenderer renderer, OutputManifest manifest)
    {
        if (session is not null) session.Output = (options.OutputDir, manifest, renderer);
    }

    /// <summary>Errors stop a build; under <c>--strict</c>, warnings do too.</summary>
    private static bool Blocks(BuildOptions options, DiagnosticBag diagnostics) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0);

    private static BuildResult Fail(DiagnosticBag diagnostics, Stopwatch clock, IReadOnlyList<(string, TimeSpan)>? timings = null) =>
        new(diagnostics.Sorted(), [], 0, clock.Elapsed, false, timings ?? []);
}
