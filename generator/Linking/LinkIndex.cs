namespace JakKb.Linking;

/// <summary>
/// Items filed under keys (ids, citation keys, terms, note ids), each item tagged with the position of the entity
/// file that made it, and kept in the order of those files. So an index updated for a few changed files is the
/// index built anew, item for item: <see cref="With"/> replaces the changed files' items where they were.
/// </summary>
internal sealed class LinkIndex<T>
{
    private static readonly IReadOnlyList<T> None = [];

    private readonly Dictionary<string, Bucket> _buckets;

    /// <summary>One key's items; never changed once the index that made it is built, so later indexes share it.</summary>
    private sealed class Bucket
    {
        public List<int> From { get; } = [];

        public List<T> Items { get; } = [];

        public void Add(int from, T item)
        {
            From.Add(from);
            Items.Add(item);
        }
    }

    private LinkIndex(Dictionary<string, Bucket> buckets) => _buckets = buckets;

    public IReadOnlyList<T> this[string key] => _buckets.GetValueOrDefault(key)?.Items ?? None;

    /// <summary>The index of <paramref name="items"/>, the items of each file in file order.</summary>
    public static LinkIndex<T> Of(IReadOnlyList<IReadOnlyList<(string Key, T Item)>> items)
    {
        var buckets = new Dictionary<string, Bucket>(StringComparer.OrdinalIgnoreCase);
        for (var from = 0; from < items.Count; from++)
            foreach (var (key, item) in items[from]) BucketOf(buckets, key).Add(from, item);
        return new LinkIndex<T>(buckets);
    }

    /// <summary>
    /// This index after the files at the positions in <paramref name="changed"/> (ascending) replaced their items
    /// <paramref name="before"/> with <paramref name="after"/>. Only the keys they touch are rebuilt; the others are shared.
    /// </summary>
    public LinkIndex<T> With(IReadOnlyList<int> changed, IReadOnlyList<IReadOnlyList<(string Key, T Item)>> before,
        IReadOnlyList<IReadOnlyList<(string Key, T Item)>> after)
    {
        var fresh = new Dictionary<string, Bucket>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < changed.Count; i++)
            foreach (var (key, item) in after[i]) BucketOf(fresh, key).Add(changed[i], item);
        var touched = before.SelectMany(items => items.Select(x => x.Key)).Concat(fresh.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (touched.Count == 0) return this;

        var replaced = changed.ToHashSet();
        var buckets = new Dictionary<string, Bucket>(_buckets, StringComparer.OrdinalIgnoreCase);
        foreach (var key in touched)
        {
            var merged = Merge(_buckets.GetValueOrDefault(key), replaced, fresh.GetValueOrDefault(key));
            if (merged.Items.Count == 0) buckets.Remove(key);
            else buckets[key] = merged;
        }
        return new LinkIndex<T>(buckets);
    }

    /// <summary>The kept items of <paramref name="old"/> and the <paramref name="fresh"/> ones, by file position.</summary>
    private static Bucket Merge(Bucket? old, HashSet<int> replaced, Bucket? fresh)
    {
        var merged = new Bucket();
        int i = 0, j = 0;
        var oldCount = old?.Items.Count ?? 0;
        var freshCount = fresh?.Items.Count ?? 0;
        while (i < oldCount || j < freshCount)
        {
            if (i < oldCount && replaced.Contains(old!.From[i]))
            {
                i++;
                continue;
            }
            if (j < freshCount && (i >= oldCount || fresh!.From[j] <= old!.From[i]))
            {
                merged.Add(fresh!.From[j], fresh.Items[j]);
                j++;
            }
            else
            {
                merged.Add(old!.From[i], old.Items[i]);
                i++;
            }
        }
        return merged;
    }

    private static Bucket BucketOf(Dictionary<string, Bucket> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = new Bucket();
        return bucket;
    }
}
