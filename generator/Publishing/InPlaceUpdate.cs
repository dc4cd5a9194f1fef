using JakKb.Rendering;

namespace JakKb.Publishing;

/// <summary>
/// The publishing step of an incremental build: rewrites the few files that changed inside the live output and
/// deletes those that are gone. Each file is written beside its place and renamed over it, so a reader (or the
/// dev server) sees the old file or the new one, never half of one.
/// </summary>
public static class InPlaceUpdate
{
    public static void Apply(string outputDir, IEnumerable<OutputFile> changed, IEnumerable<string> removed)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        PreviousSite.Forget(root.TrimEnd(Path.DirectorySeparatorChar));
        foreach (var file in changed)
        {
            var path = OutputPath.Inside(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".jakkb-tmp";
            File.WriteAllBytes(temporary, file.Content);
            File.Move(temporary, path, overwrite: true);
        }
        foreach (var relative in removed)
        {
            var path = OutputPath.Inside(root, relative);
            File.Delete(path);
            // A page's folder goes with its page, as it would be absent from a full build.
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length + 1 > root.Length
                 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
    }
}
