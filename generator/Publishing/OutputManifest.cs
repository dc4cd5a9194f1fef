using System.Globalization;
using System.Text;

namespace JakKb.Publishing;

/// <summary>What one output file was made from, and its size and time when written, to notice a file changed by hand.</summary>
public sealed record ManifestEntry(UInt128 Inputs, long Length, long ModifiedTicks);

/// <summary>
/// The record an incremental build compares against: the site-wide fingerprint (theme, site.yml, generator) and,
/// per output file, the fingerprint of its inputs. It lives in <c>.jakkb-cache/</c> beside the output, never in
/// it, so the output of an incremental build is byte for byte that of a full build.
/// </summary>
public sealed record OutputManifest(UInt128 Site, IReadOnlyDictionary<string, ManifestEntry> Files)
{
    public const string CacheFolder = ".jakkb-cache";
    private const string Header = "jakkb-manifest 1";

    public static string PathFor(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(target) ?? target, CacheFolder, Path.GetFileName(target) + ".manifest");
    }

    /// <summary>The manifest of the last build into <paramref name="outputDir"/>, or null when there is none or it cannot be read.</summary>
    public static OutputManifest? Read(string outputDir)
    {
        var path = PathFor(outputDir);
        if (!File.Exists(path)) return null;
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            if (reader.ReadLine() is not { } header || !header.StartsWith(Header + " ", StringComparison.Ordinal)) return null;
            var site = UInt128.Parse(header[(Header.Length + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var files = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split('\t', 4);
                if (parts.Length != 4) return null;
                files[parts[3]] = new ManifestEntry(
                    UInt128.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    long.Parse(parts[1], CultureInfo.InvariantCulture),
                    long.Parse(parts[2], CultureInfo.InvariantCulture));
            }
            return new OutputManifest(site, files);
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException or UnauthorizedAccessException)
        {
            return null; // a damaged manifest only costs a full build
        }
    }

    /// <summary>Writes the manifest whole or not at all (a temporary file renamed over the old one).</summary>
    public void Write(string outputDir)
    {
        var path = PathFor(outputDir);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder().Append(Header).Append(' ').Append(Site.ToString("x32", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (file, entry) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(entry.Inputs.ToString("x32", CultureInfo.InvariantCulture)).Append('\t')
                .Append(entry.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(entry.ModifiedTicks.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(file).Append('\n');
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removed before an incremental build touches the output: a build killed halfway leaves no manifest, so the next one is full.</summary>
    public static void Delete(string outputDir)
    {
        var path = PathFor(outputDir);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>Every file under <paramref name="outputDir"/> with its size and modification time, as the manifest records them.</summary>
    public static Dictionary<string, (long Length, long ModifiedTicks)> Stat(string outputDir)
    {
        var root = new DirectoryInfo(outputDir);
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (!root.Exists) return files;
        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root.FullName, file.FullName).Replace('\\', '/')] = (file.Length, file.LastWriteTimeUtc.Ticks);
        return files;
    }
}
