namespace JakKb.Publishing;

/// <summary>
/// Where a site-relative file lands under an output folder. Ids are validated as slugs already; this guard holds
/// even if a future page type forgets to, for every way a build writes (staging, in place, the pre-check).
/// </summary>
internal static class OutputPath
{
    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>, or null when it would land outside.</summary>
    public static string? Resolve(string root, string relative)
    {
        var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(inside, relative));
        return full.StartsWith(inside, StringComparison.Ordinal) && !Path.IsPathRooted(relative) ? full : null;
    }

    /// <summary>As <see cref="Resolve"/>, refusing a path outside the output.</summary>
    public static string Inside(string root, string relative) =>
        Resolve(root, relative) ?? throw new InvalidOperationException($"Refusing to write '{relative}' outside the output folder.");
}
