using System.Collections.Concurrent;
using JakKb.Diagnostics;

namespace JakKb.Building;

/// <summary>
/// The one cache of the generator: a step's result for one item (a file, an entity) is kept under a hash of
/// everything the step reads, and computed again only when that hash changes. A hit reports again what the
/// step reported, so a build that reuses results gives the diagnostics of one that does not. Each item has one
/// slot per step, and slots not used by a build that ran the step are swept, so a long <c>serve</c> session
/// does not grow. <see cref="None"/> remembers nothing: a plain build runs the same code as <c>serve</c>.
/// </summary>
public sealed class Memo
{
    private readonly bool _remembers;
    private readonly ConcurrentDictionary<(string Step, string Item), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, byte> _stepsRun = new(StringComparer.Ordinal);
    private int _build;

    public Memo() : this(remembers: true)
    {
    }

    private Memo(bool remembers) => _remembers = remembers;

    /// <summary>A memo that remembers nothing: every step is computed, at no cost beyond the call.</summary>
    public static Memo None { get; } = new(remembers: false);

    private sealed class Entry(UInt128 key, object? value, IReadOnlyList<Diagnostic> diagnostics, int build)
    {
        public UInt128 Key { get; } = key;

        public object? Value { get; } = value;

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

        public int UsedIn { get; set; } = build;
    }

    /// <summary>
    /// What <paramref name="compute"/> makes of <paramref name="item"/> in <paramref name="step"/>, computed only when
    /// <paramref name="key"/> (the hash of everything it reads) differs from the last time; what it reported goes to
    /// <paramref name="diagnostics"/> either way. Safe from many threads.
    /// </summary>
    public T Get<T>(string step, string item, UInt128 key, DiagnosticBag diagnostics, Func<DiagnosticBag, T> compute)
    {
        if (!_remembers) return compute(diagnostics);
        _stepsRun.TryAdd(step, 0);
        if (!_entries.TryGetValue((step, item), out var entry) || entry.Key != key)
        {
            var own = new DiagnosticBag();
            entry = new Entry(key, compute(own), own.Sorted(), _build);
            _entries[(step, item)] = entry;
        }
        entry.UsedIn = _build;
        foreach (var d in entry.Diagnostics) diagnostics.Add(d);
        return (T)entry.Value!;
    }

    /// <summary>The same, for a step that reports nothing.</summary>
    public T Get<T>(string step, string item, UInt128 key, Func<T> compute) =>
        _remembers ? Get(step, item, key, new DiagnosticBag(), _ => compute()) : compute();

    /// <summary>Ends a build: forgets the results of each step that ran for items it no longer has (files gone, entities renamed).</summary>
    public void Sweep()
    {
        if (!_remembers) return;
        foreach (var (slot, entry) in _entries)
            if (entry.UsedIn != _build && _stepsRun.ContainsKey(slot.Step)) _entries.TryRemove(slot, out _);
        _stepsRun.Clear();
        _build++;
    }

    /// <summary>Whether results are kept: a step whose key costs more than a little to work out skips it when they are not.</summary>
    public bool Remembers => _remembers;

    /// <summary>How many results are kept, for tests of the sweep.</summary>
    internal int Count => _entries.Count;
}
