namespace JakKb.Model;

/// <summary>
/// The entity files edited between two loads of the same input, each with its position and both versions. A file
/// is edited when its <see cref="Entity.SourceHash"/> differs: the one meaning of "changed" between builds.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<(int Position, Entity Old, Entity Now)> Entities)
{
    /// <summary>The edits from <paramref name="before"/> to <paramref name="now"/>; null when a file was added, removed or renamed.</summary>
    public static ChangeSet? Between(SiteContent before, SiteContent now)
    {
        if (before.Entities.Count != now.Entities.Count) return null;
        var changed = new List<(int, Entity, Entity)>();
        for (var i = 0; i < now.Entities.Count; i++)
        {
            var (old, e) = (before.Entities[i], now.Entities[i]);
            if (old.Key != e.Key) return null;
            if (old.SourceHash != e.SourceHash) changed.Add((i, old, e));
        }
        return new ChangeSet(changed);
    }
}
