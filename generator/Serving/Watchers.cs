namespace JakKb.Serving;

/// <summary>Watches folders and calls back once per burst of changes: editors save in several steps.</summary>
public sealed class Watchers : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public Watchers(IEnumerable<string> folders, Action onChange)
    {
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            _watchers.Add(watcher);
        }
    }

    private void Poke() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
