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
}
