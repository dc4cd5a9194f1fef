namespace JakKb.Rendering;

/// <summary>
/// Where theme files are found: the input's own folder first (a site overrides a theme file by putting one at
/// the same relative path, as in Hugo), then the theme.
/// </summary>
public sealed record Theme(string ThemeDir, string? OverrideDir)
{
    public const string Layouts = "layouts";
    public const string Partials = "partials";
    public const string Assets = "assets";
    public const string Archetypes = "archetypes";

    /// <summary>The full path of <paramref name="relative"/>, from the override folder when it has one, else the theme.</summary>
    public string? Find(string relative)
    {
        if (OverrideDir is not null)
        {
            var overridden = Path.Combine(OverrideDir, relative);
            if (File.Exists(overridden)) return overridden;
        }
        var themed = Path.Combine(ThemeDir, relative);
        return File.Exists(themed) ? themed : null;
    }

    /// <summary>Every file under <paramref name="folder"/>, relative to it, with overrides replacing theme files of the same path.</summary>
    public IReadOnlyDictionary<string, string> FilesUnder(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { ThemeDir, OverrideDir }.OfType<string>())
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            // A named pipe or device is skipped, never opened (the loader reports one under the input folder).
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => Loading.FileKind.IsRegularOrFolder(f, followLinks: true)))
                files[Path.GetRelativePath(dir, file).Replace('\\', '/')] = file;
        }
        return files;
    }
}
