using System.Collections.Concurrent;
using System.Text;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.JsonSchemas;
using JakKb.Linking;
using JakKb.Markdown;
using JakKb.Model;
using JakKb.Rendering.Charts;
using Scriban.Runtime;
using static JakKb.Rendering.ViewModel;

namespace JakKb.Rendering;

/// <summary>
/// The rendering stage: every page through its layout and then the base layout, in parallel, plus the search
/// index and the theme's static assets. It hands each file to a sink (memory, or the staging folder); where files
/// land is the publishing stage's business.
/// </summary>
public sealed class SiteRenderer
{
    public const string BaseLayout = "base";

    private readonly SiteGraph _graph;
    private readonly TemplateSet _templates;
    private readonly Theme _theme;
    private readonly SitePages _pages;
    private readonly SiteCharts _charts;
    private readonly SiteConfig _config;
    private readonly IReadOnlyDictionary<string, string> _lastCommitted;
    private readonly Lazy<byte[][]> _searchRecords;
    private readonly Lazy<UInt128> _siteInputs;
    private readonly ChangeSet? _changes;

    /// <summary>
    /// A renderer for <paramref name="graph"/>; <paramref name="lastCommitted"/> maps each input file to its last commit date (see <see cref="GitDates"/>),
    /// and pages of files not in it show no date. <paramref name="memo"/> keeps each entity's search record while its file is unchanged,
    /// and <paramref name="previous"/> is the session's last renderer, whose charts are kept when no edit since could change them.
    /// </summary>
    public SiteRenderer(SiteGraph graph, TemplateSet templates, Theme theme, IReadOnlyDictionary<string, string>? lastCommitted = null,
        Memo? memo = null, SiteRenderer? previous = null, ChangeSet? changes = null)
    {
        _searchRecords = new Lazy<byte[][]>(() => SearchIndex.Records(graph, memo));
        _siteInputs = new Lazy<UInt128>(HashSiteInputs);
        _graph = graph;
        _templates = templates;
        _theme = theme;
        _config = graph.Content.Config;
        _lastCommitted = lastCommitted ?? new Dictionary<string, string>();
        _changes = changes;
        _charts = new SiteCharts(graph, previous?._charts, changes);
        _pages = new SitePages(graph, new EntityPage(graph, new MarkdownWriter(MarkdownPipelines.Rendering(graph.Glossary)), _charts), _charts, _lastCommitted);
    }

    /// <summary>Values the charts left out because they cannot be drawn (see <see cref="SiteCharts.Problems"/>).</summary>
    public IReadOnlyList<Diagnostic> ChartProblems => _charts.Problems;

    public IReadOnlyList<OutputFile> Render(DiagnosticBag diagnostics)
    {
        var files = new ConcurrentBag<OutputFile>();
        Render(files.Add, diagnostics);
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Renders every file and hands each to <paramref name="emit"/> as soon as it is ready, from several threads,
    /// so a build can write while it renders instead of holding the whole site in memory. Returns the page count.
    /// </summary>
    public int Render(Action<OutputFile> emit, DiagnosticBag diagnostics) => Render(Plan(), emit, diagnostics);

    /// <summary>Renders the <paramref name="files"/> given, of this renderer's <see cref="Plan"/>; returns how many were pages.</summary>
    public int Render(IEnumerable<PlannedFile> files, Action<OutputFile> emit, DiagnosticBag diagnostics)
    {
        var pages = 0;
        Parallel.ForEach(files, file =>
        {
            // Writing (emit) stays outside the guard: a full disk is the publishing stage's to report, not a bug.
            if (InternalError.Guard(file.InputPath ?? file.Path, diagnostics, () => file.Produce(diagnostics)) is not { } content) return;
            // Checked here, where every page of every kind of build passes (plain, incremental, check, serve), so no
            // build can publish a page without the policy.
            if (file.IsPage) Checking.ContentSecurityPolicyChecker.Check(file.Path, content, diagnostics);
            emit(new OutputFile(file.Path, content));
            if (file.IsPage) Interlocked.Increment(ref pages);
        });
        return pages;
    }

    /// <summary>
    /// A fingerprint of what every page depends on: the generator itself, site.yml (and --base-path), and each
    /// layout, partial and asset. When it changes, an incremental build renders everything.
    /// </summary>
    public UInt128 SiteInputs => _siteInputs.Value;

    /// <summary>The graph this renderer draws; the next build of a session updates it.</summary>
    internal SiteGraph Graph => _graph;

    /// <summary>What changed since <paramref name="previous"/> rendered; null when any page may have (see <see cref="PageInputs.ReachFrom"/>).</summary>
    public EditReach? ReachFrom(SiteRenderer previous) => _changes is null ? null : _pages.Inputs.ReachFrom(previous._pages.Inputs, _changes);

    private UInt128 HashSiteInputs()
    {
        var f = new Fingerprint()
            .Add(typeof(SiteRenderer).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add(_config.ToString())
            .Add(_graph.Content.Schema.Hash.ToString());
        foreach (var folder in new[] { Theme.Layouts, Theme.Partials, Theme.Assets })
        {
            foreach (var (relative, full) in _theme.FilesUnder(folder))
                f.Add($"{folder}/{relative}").Add(Fingerprint.Of(File.ReadAllBytes(full)));
        }
        return f.Value;
    }

    /// <summary>Every file of the site, each with what it is made from and how to make it; nothing is rendered yet.</summary>
    public IEnumerable<PlannedFile> Plan()
    {
        foreach (var spec in _pages.All())
        {
            yield return new PlannedFile(spec.OutputPath, true, spec.Inputs ?? (() => default),
                diagnostics => RenderPage(spec, diagnostics) is { } html ? Encoding.UTF8.GetBytes(html) : null, spec.Reached, spec.InputPath);
        }
        yield return new PlannedFile(SearchIndex.FileName, false, () => _pages.SearchIndexInputs(_searchRecords.Value),
            _ => SearchIndex.Build(_graph, _searchRecords.Value), reach => reach.SearchRecords);
        // The editors' JSON Schemas are made from the schema alone, and fingerprinted by their own bytes: an
        // incremental build rewrites one exactly when schema.yml changed what it says.
        foreach (var (name, content) in JsonSchemaSet.For(_graph.Content.Schema))
            yield return new PlannedFile($"{JsonSchemaSet.Folder}/{name}", false, () => Fingerprint.Of(content), _ => content);
        // Assets come from the theme, whose every file is a site-wide input.
        foreach (var (relative, full) in _theme.FilesUnder(Theme.Assets))
            yield return new PlannedFile($"{Theme.Assets}/{relative}", false, () => default, _ => File.ReadAllBytes(full));
    }

    public string? RenderPage(PageSpec spec, DiagnosticBag diagnostics)
    {
        var layout = _templates.Layout(spec.Layout);
        var baseLayout = _templates.Layout(BaseLayout);
        if (layout is null || baseLayout is null || !_templates.HasLayout(BaseLayout))
        {
            diagnostics.Error(SourceSpan.File(_theme.ThemeDir), DiagnosticCodes.TemplateError,
                $"The theme has no layout for '{spec.Layout}' (nor _default.sbn) or no base.sbn; add it under {Theme.Layouts}/.");
            return null;
        }
        var links = new PageLinks(_graph, spec.RootFor(_config.BasePath), PageIds.For(spec.Url));
        var model = spec.Model(links);
        // References are gathered last: the model's builders have numbered every citation by now.
        if (!model.ContainsKey("references")) model.Add("references", new ScriptArray());
        AddGlobals(model, spec, links);
        return _templates.RenderPage(layout, baseLayout, model, diagnostics);
    }

    private static readonly IReadOnlyList<(string Title, string Section)> SiteSections =
        [("Graph", "graph"), ("Glossary", "glossary"), ("References", "references"), ("Curation notes", "curation-notes")];

    /// <summary>The site's menu: a section per type the schema declares, then the site-wide pages.</summary>
    private IEnumerable<(string Title, string Section)> Navigation => [.. _graph.Content.Schema.Types.Select(t => (t.Plural, t.Folder)), .. SiteSections];

    private void AddGlobals(ScriptObject model, PageSpec spec, PageLinks links)
    {
        model.Add("site", Object(
            ("title", Text(_config.Title)),
            ("description", Text(_config.Description)),
            ("base_path", Text(_config.BasePath)),
            ("repository", Optional(_config.Repository))));
        model.Add("root", Text(links.Root));
        model.Add("page", Object(
            ("title", Text(spec.Title)),
            ("url", Text(spec.Url)),
            ("section", Text(spec.Section)),
            ("description", Text(spec.Description ?? _config.Description)),
            ("layout", Text(spec.Layout)),
            ("canonical", Text(_config.BasePath + (spec.Url == PageSpec.NotFoundUrl ? "" : spec.Url))),
            ("edit_url", EditUrl(spec)),
            ("last_updated", spec.InputPath is null ? null : Optional(_lastCommitted.GetValueOrDefault(Path.GetFullPath(spec.InputPath)))),
            ("breadcrumbs", List(spec.Breadcrumbs, b => Object(("title", Text(b.Title)), ("url", Text(links.Root + b.Url)))))));
        model.Add("nav", List(Navigation, n => Object(("title", Text(n.Title)), ("url", Text(links.Root + n.Section + "/")), ("current", n.Section == spec.Section))));
    }

    private Html? EditUrl(PageSpec spec)
    {
        if (_config.Repository is null || spec.InputPath is null) return null;
        var relative = spec.InputPath;
        var cut = relative.IndexOf(spec.Section + "/", StringComparison.Ordinal);
        if (cut > 0) relative = relative[cut..];
        return Text($"{_config.Repository.TrimEnd('/')}/edit/{_config.Branch}/{_config.ContentPath}/{relative}");
    }
}
