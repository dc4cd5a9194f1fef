namespace JakKb.Model;

/// <summary>Site-wide settings from input/site.yml, overridable on the command line.</summary>
public sealed record SiteConfig(string Title, string Description, string BasePath, string? Repository, string Branch, string ContentPath)
{
    public static readonly SiteConfig Default = new("JakKb", "", "/", null, "main", "input");

    /// <summary>The base path always starts and ends with '/', so it can prefix any site-relative URL.</summary>
    public static string NormalizeBasePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
