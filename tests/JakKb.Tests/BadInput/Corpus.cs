using JakKb.Diagnostics;

namespace JakKb.Tests.BadInput;

/// <summary>
/// Where the bad-input, hostile and property tests find the repository (the folder with JakKb.sln, which also
/// holds theme/ and input/) and how they print diagnostics relative to a case's input folder.
/// </summary>
public static class Corpus
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Theme => Path.Combine(RepoRoot, "theme");

    public static string RealInput => Path.Combine(RepoRoot, "input");

    public static string CasesDir => Path.Combine(RepoRoot, "tests", "JakKb.Tests", "BadInput", "cases");

    /// <summary>A fresh temporary folder, removed by the caller.</summary>
    public static string TempDir(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"jakkb-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// <c>kinases/jak2.md(3,1): error JKB0022</c>: the diagnostic's place and code, with its path made relative to
    /// <paramref name="inputDir"/> ("." for the folder itself) or to the repository for theme files.
    /// </summary>
    public static string Head(Diagnostic d, string inputDir)
    {
        var path = d.Where.Path.Replace('\\', '/');
        var input = inputDir.Replace('\\', '/').TrimEnd('/');
        var repo = RepoRoot.Replace('\\', '/').TrimEnd('/');
        if (path == input) path = ".";
        else if (path.StartsWith(input + "/", StringComparison.Ordinal)) path = path[(input.Length + 1)..];
        else if (path.StartsWith(repo + "/", StringComparison.Ordinal)) path = path[(repo.Length + 1)..];
        var where = d.Where.Line > 0 ? $"{path}({d.Where.Line},{d.Where.Column})" : path;
        return $"{where}: {(d.IsError ? "error" : "warning")} {d.Code}";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JakKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("JakKb.sln not found above " + AppContext.BaseDirectory);
    }
}
