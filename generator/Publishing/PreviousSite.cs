namespace JakKb.Publishing;

/// <summary>
/// The site an incremental build replaced, kept beside the output as <c>.jakkb-previous-&lt;output&gt;</c> for the next
/// incremental build to stage in. Its files are mostly hard links to the live site's, so it costs little space, and
/// staging in it costs a few operations per changed file instead of a folder and a link per page (and deleting as
/// many after the swap), which took longer than the rest of an incremental build.
/// </summary>
/// <remarks>
/// A record in <c>.jakkb-cache/&lt;output&gt;.previous</c> lists where the kept site differs from the live one. It is
/// removed before anything changes the live site or the kept one, and written only once they are whole, so a
/// killed build never leaves a kept site trusted; without a record the kept site is deleted and staging starts afresh.
/// </remarks>
public static class PreviousSite
{
    public const string Prefix = ".jakkb-previous-";

    public static string FolderFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, Prefix + Path.GetFileName(target));

    public static string RecordFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, OutputManifest.CacheFolder, Path.GetFileName(target) + ".previous");

    /// <summary>The live site is about to change other than by the incremental build that keeps a site: the kept one can no longer be trusted.</summary>
    public static void Forget(string target)
    {
        var record = RecordFor(target);
        if (File.Exists(record)) File.Delete(record);
    }

    /// <summary>Whether a kept site is still described by its record; one that is not is deleted by the lock's sweep.</summary>
    public static bool Trusted(string target) => File.Exists(RecordFor(target));

    /// <summary>
    /// The kept site and the site-relative paths where it differs from the live one, or null when there is none to
    /// trust. The record goes now: the caller is about to change the kept site.
    /// </summary>
    public static (string Folder, IReadOnlySet<string> Differs)? Take(string target)
    {
        var record = RecordFor(target);
        var folder = FolderFor(target);
        if (!File.Exists(record) || !Directory.Exists(folder)) return null;
        var differs = File.ReadAllLines(record).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        File.Delete(record);
        return (folder, differs);
    }

    /// <summary>
    /// After a swap, keeps the site it replaced (now at <paramref name="replaced"/>), which differs from the new live
    /// site at <paramref name="differs"/>.
    /// </summary>
    public static void Keep(string target, string replaced, IEnumerable<string> differs)
    {
        var folder = FolderFor(target);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        if (!Directory.Exists(replaced)) return; // the first build replaced nothing
        Directory.Move(replaced, folder);
        var record = RecordFor(target);
        Directory.CreateDirectory(Path.GetDirectoryName(record)!);
        File.WriteAllLines(record + ".tmp", differs.Order(StringComparer.Ordinal));
        File.Move(record + ".tmp", record, overwrite: true);
    }
}
