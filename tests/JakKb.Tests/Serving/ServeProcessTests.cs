using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using JakKb.Serving;
using JakKb.Tests.Support;

namespace JakKb.Tests.Serving;

/// <summary><c>jakkb serve</c> as a process: it stops on the signals CI, systemd, Docker and Ctrl+C send, and cleans up.</summary>
public class ServeProcessTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(params string[] args)
    {
        // The jakkb assembly is copied beside the tests; run it with the dotnet that runs them.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet, [Path.Combine(AppContext.BaseDirectory, "jakkb.dll"), .. args])
        {
            RedirectStandardOutput = true,
        };
        return Process.Start(start)!;
    }

    private static void Signal(Process process, string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_stops_within_2_seconds_of_the_signal_and_removes_its_temporary_folder_and_stale_ones(string signal)
    {
        using var site = TestSite.Minimal();
        // A folder left by a serve that was killed: no process has this id (Linux pids stop at 2^22).
        var stale = PreviewFolder.For(int.MaxValue);
        Directory.CreateDirectory(stale);
        var port = FreePort();
        using var serve = Start("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--input", site.InputDir, "--theme", RepoPaths.Theme);
        var output = serve.StandardOutput.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var served = false;
            for (var i = 0; i < 300 && !served && !serve.HasExited; i++)
            {
                try { served = (await http.GetAsync($"http://127.0.0.1:{port}/")).IsSuccessStatusCode; }
                catch (HttpRequestException) { await Task.Delay(100); }
            }
            Assert.True(served, "serve never answered");
            var preview = PreviewFolder.For(serve.Id);
            Assert.True(File.Exists(Path.Combine(preview, "index.html")));
            Assert.False(Directory.Exists(stale));

            var signalled = Stopwatch.StartNew();
            Signal(serve, signal);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await serve.WaitForExitAsync(limit.Token);

            Assert.True(signalled.Elapsed < TimeSpan.FromSeconds(2), $"serve took {signalled.Elapsed.TotalSeconds:F1} s to stop");
            Assert.Equal(0, serve.ExitCode);
            Assert.False(Directory.Exists(preview));
            Assert.Contains("Ctrl+C to stop", await output);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill();
            if (Directory.Exists(stale)) Directory.Delete(stale, recursive: true);
        }
    }
}
