using System.Text.Json;
using System.Threading.Channels;
using JakKb.Building;

namespace JakKb.Serving;

/// <summary>
/// Tells open browser pages about each build over server-sent events: a good build reloads them, a failed one
/// shows its diagnostics until the next good build.
/// </summary>
public sealed class LiveReload
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string _last = Message(null);

    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite(_last);
        }
        unsubscribe = () => { lock (_gate) _clients.Remove(channel); };
        return channel.Reader;
    }

    public void Publish(BuildResult result)
    {
        var message = Message(result);
        lock (_gate)
        {
            _last = message;
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }

    private static string Message(BuildResult? result) => JsonSerializer.Serialize(new
    {
        ok = result?.Succeeded ?? true,
        version = DateTime.UtcNow.Ticks,
        diagnostics = result?.Diagnostics.Select(d => d.ToString()).ToArray() ?? [],
    });
}
