using JakKb.Building;
using JakKb.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JakKb.Serving;

/// <summary>
/// <c>jakkb serve</c>: builds, serves the output on 127.0.0.1 with Kestrel, rebuilds when input or theme change
/// (incrementally: unchanged files are not read again, unaffected pages not rendered again), and live-reloads open pages. A failed rebuild keeps the last good site on screen, with its diagnostics.
/// A rebuild that throws is shown the same way, and the next change builds again: one bad edit must not end the loop.
/// </summary>
public sealed class DevServer(BuildOptions options, int port, TextWriter log)
{
    public const string EventsPath = "/_jakkb/events";
    public const string ClientPath = "/_jakkb/live.js";

    private readonly LiveReload _reload = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private BuildSession _session = new();
    private int _pending;
    private CancellationToken _stopping;

    /// <summary>Longest wait for open requests when stopping: CI, systemd and Docker expect a stop within seconds.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromMilliseconds(500);

    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Serves until <paramref name="cancel"/> fires or the host is told to stop. The port is bound before the first
    /// build, so a port in use fails at once (<see cref="IOException"/>), not after a build; requests that arrive
    /// meanwhile wait for that build.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = StopGrace);
        await using var app = builder.Build();
        _stopping = app.Lifetime.ApplicationStopping;
        app.MapGet(EventsPath, Events);
        app.MapGet(ClientPath, () => Results.Text(ClientScript, "text/javascript"));
        // Every other path, with or without a dot (site.css, index.html): MapFallback's default pattern skips paths
        // that look like files, which left the served site without its stylesheet and scripts.
        app.MapFallback("{**path}", ServeFile);

        await app.StartAsync(cancel);
        Rebuild();
        _firstBuild.TrySetResult();
        log.WriteLine($"Serving {options.OutputDir} at http://127.0.0.1:{port}{BasePath} (Ctrl+C to stop)");
        // Both the caller's token (System.CommandLine's Ctrl+C and SIGTERM) and the host's own stop request end serving.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, app.Lifetime.ApplicationStopping);
        using (new Watchers([options.InputDir, options.ThemeDir], Rebuild))
        {
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM.
            }
        }
        using var grace = new CancellationTokenSource(StopGrace);
        await app.StopAsync(grace.Token);
        // A rebuild under way may still be writing; let it finish (briefly) so the caller can remove the folder,
        // and keep the gate closed so no later change starts another.
        await _building.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None);
        return 0;
    }

    private string BasePath => options.BasePath is null ? "/" : Model.SiteConfig.NormalizeBasePath(options.BasePath);

    private void Rebuild()
    {
        // A change that lands while a build runs is not lost: that build is followed by one more.
        Interlocked.Exchange(ref _pending, 1);
        while (Volatile.Read(ref _pending) == 1 && _building.Wait(0))
        {
            try
            {
                Interlocked.Exchange(ref _pending, 0);
                var result = BuildOnce();
                BuildReport.Print(result, log);
                _reload.Publish(result);
            }
            finally
            {
                _building.Release();
            }
        }
    }

    /// <summary>One build; an exception becomes a failed result with a diagnostic instead of ending serve.</summary>
    private BuildResult BuildOnce()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return SiteBuilder.Build(options, _session);
        }
        catch (Exception e)
        {
            // What the session remembers of the output may no longer be true after a build stopped half-way:
            // the next build starts afresh and writes the whole site.
            _session = new BuildSession();
            var diagnostics = new DiagnosticBag();
            InternalError.Report(options.InputDir.Replace('\\', '/'), e, diagnostics);
            return new BuildResult(diagnostics.Sorted(), [], 0, started.Elapsed, false, []);
        }
    }

    private async Task Events(HttpContext context)
    {
        // The first state a page hears is the first build's, not a placeholder from before it.
        await _firstBuild.Task.WaitAsync(context.RequestAborted);
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = _reload.Subscribe(out var unsubscribe);
        // Event streams never end by themselves; end them when the server stops so shutdown does not wait on them.
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        try
        {
            await foreach (var message in reader.ReadAllAsync(done.Token))
            {
                await context.Response.WriteAsync($"data: {message}\n\n", done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            unsubscribe();
        }
    }

    private async Task ServeFile(HttpContext context)
    {
        await _firstBuild.Task.WaitAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(BasePath, StringComparison.Ordinal) && path + "/" != BasePath)
        {
            context.Response.Redirect(BasePath);
            return;
        }
        var relative = Uri.UnescapeDataString(path.Length >= BasePath.Length ? path[BasePath.Length..] : "");
        var root = Path.GetFullPath(options.OutputDir) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = 404;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file)) return;
        }
        context.Response.ContentType = _types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            // The live-reload client is an external script, so the pages' Content-Security-Policy still holds.
            var html = await File.ReadAllTextAsync(file, context.RequestAborted);
            await context.Response.WriteAsync(html.Replace("</body>", $"<script src=\"{ClientPath}\"></script></body>", StringComparison.Ordinal), context.RequestAborted);
            return;
        }
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private const string ClientScript = """
        (() => {
          const source = new EventSource('/_jakkb/events');
          let seen = null;
          source.onmessage = (event) => {
            const state = JSON.parse(event.data);
            document.documentElement.dataset.liveReload = 'connected';
            let box = document.getElementById('jakkb-build-errors');
            if (!state.ok) {
              if (!box) {
                box = document.createElement('pre');
                box.id = 'jakkb-build-errors';
                box.setAttribute('role', 'alert');
                box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#300;color:#fdd;z-index:1000;white-space:pre-wrap';
                document.body.append(box);
              }
              box.textContent = 'Build failed; showing the last good site.\n\n' + state.diagnostics.join('\n');
              seen = state.version;
              return;
            }
            if (seen !== null && state.version !== seen) location.reload();
            seen = state.version;
            if (box) box.remove();
          };
        })();
        """;
}
