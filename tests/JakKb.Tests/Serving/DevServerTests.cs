using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using JakKb.Building;
using JakKb.Serving;
using JakKb.Tests.Support;

namespace JakKb.Tests.Serving;

public class DevServerTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<JsonElement> NextEvent(StreamReader events, CancellationToken cancel)
    {
        while (true)
        {
            var line = await events.ReadLineAsync(cancel) ?? throw new EndOfStreamException();
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return JsonDocument.Parse(line[6..]).RootElement;
        }
    }

    [Fact]
    public async Task An_edited_fact_file_is_rebuilt_and_open_pages_are_told_to_reload_and_a_broken_edit_keeps_the_last_good_site()
    {
        using var site = TestSite.Minimal();
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = new DevServer(new BuildOptions(site.InputDir, site.OutputDir, RepoPaths.Theme), port, TextWriter.Null);
        var running = server.RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };

        string page = "";
        for (var i = 0; i < 100 && !page.Contains("JAK2"); i++)
        {
            try { page = await http.GetStringAsync("kinases/jak2/", stop.Token); }
            catch (HttpRequestException) { await Task.Delay(100, stop.Token); }
        }
        Assert.Contains(DevServer.ClientPath, page);

        using var events = new StreamReader(await http.GetStreamAsync(DevServer.EventsPath.TrimStart('/'), stop.Token));
        var first = await NextEvent(events, stop.Token);
        Assert.True(first.GetProperty("ok").GetBoolean());

        File.WriteAllText(Path.Combine(site.InputDir, "kinases/jak2.md"),
            File.ReadAllText(Path.Combine(site.InputDir, "kinases/jak2.md")).Replace("title: JAK2", "title: JAK2 edited"));
        var rebuilt = await NextEvent(events, stop.Token);
        Assert.True(rebuilt.GetProperty("ok").GetBoolean());
        Assert.NotEqual(first.GetProperty("version").GetInt64(), rebuilt.GetProperty("version").GetInt64());
        Assert.Contains("JAK2 edited", await http.GetStringAsync("kinases/jak2/", stop.Token));

        File.WriteAllText(Path.Combine(site.InputDir, "kinases/jak2.md"), "---\ntitle: [broken\n---\n");
        var failed = await NextEvent(events, stop.Token);
        Assert.False(failed.GetProperty("ok").GetBoolean());
        Assert.Contains(failed.GetProperty("diagnostics").EnumerateArray(), d => d.GetString()!.Contains("JKB0012"));
        Assert.Contains("JAK2 edited", await http.GetStringAsync("kinases/jak2/", stop.Token));

        await stop.CancelAsync();
        Assert.Equal(0, await running);
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_shown_as_a_diagnostic_and_the_next_change_builds_again()
    {
        using var site = TestSite.Minimal();
        using var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var server = new DevServer(new BuildOptions(site.InputDir, site.OutputDir, temp.Path), port, TextWriter.Null);
        var running = server.RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        Stream? stream = null;
        for (var i = 0; i < 100 && stream is null; i++)
        {
            try { stream = await http.GetStreamAsync(DevServer.EventsPath.TrimStart('/'), stop.Token); }
            catch (HttpRequestException) { await Task.Delay(100, stop.Token); }
        }
        using var events = new StreamReader(stream!);
        Assert.True((await NextEvent(events, stop.Token)).GetProperty("ok").GetBoolean());

        // A layout that is a link to nowhere: reading it throws (it is no diagnostic the build knows), which used
        // to end serve for good. Saving it in the watched theme starts the rebuild.
        var broken = Path.Combine(temp.Path, "layouts", "gone.sbn");
        File.CreateSymbolicLink(broken, Path.Combine(temp.Path, "no-such-file.sbn"));
        var failed = await NextEvent(events, stop.Token);
        Assert.False(failed.GetProperty("ok").GetBoolean());
        Assert.Contains(failed.GetProperty("diagnostics").EnumerateArray(), d => d.GetString()!.Contains("gone.sbn") && d.GetString()!.Contains(": error JKB"));
        Assert.False(running.IsCompleted);

        File.Delete(broken);
        Assert.True((await NextEvent(events, stop.Token)).GetProperty("ok").GetBoolean());
        File.AppendAllText(Path.Combine(site.InputDir, "kinases/jak2.md"), "\nAnd more.\n");
        Assert.True((await NextEvent(events, stop.Token)).GetProperty("ok").GetBoolean());
        Assert.Contains("And more.", await http.GetStringAsync("kinases/jak2/", stop.Token));
        Assert.Contains("Ruxolitinib", await http.GetStringAsync("drugs/rux/", stop.Token));

        await stop.CancelAsync();
        Assert.Equal(0, await running);
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/site.js", "text/javascript")]
    [InlineData("/search-index.json", "application/json")]
    [InlineData("/schemas/glossary.schema.json", "application/json")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/kinases/jak2/index.html", "text/html")]
    public async Task Files_with_a_dot_in_their_path_are_served_with_their_content_type(string path, string type)
    {
        using var site = TestSite.Minimal();
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var running = new DevServer(new BuildOptions(site.InputDir, site.OutputDir, RepoPaths.Theme), port, TextWriter.Null).RunAsync(stop.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        HttpResponseMessage? response = null;
        for (var i = 0; i < 100 && response is null; i++)
        {
            try { response = await http.GetAsync($"http://127.0.0.1:{port}{path}", stop.Token); }
            catch (HttpRequestException) { await Task.Delay(100, stop.Token); }
        }

        Assert.Equal(HttpStatusCode.OK, response!.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(stop.Token));
        await stop.CancelAsync();
        await running;
    }
}
