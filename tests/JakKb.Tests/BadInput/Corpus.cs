using JakKb.Diagnostics;

namespace JakKb.Tests.BadInput;

/// <summary>
/// Where the bad-input, hostile and property tests find the repository (the folder with JakKb.sln, which also
/// holds theme/ and input/) and how they print diagnostics relative to a case's input folder.
/// </summary>
public static class Corpus
{
    public static string RepoRoot => Support.RepoPaths.Root;

    public static string Theme => Path.Combine(RepoRoot, "theme");

    public static string RealInput => Path.Combine(RepoRoot, "input");

    public static string CasesDir => Path.Combine(RepoRoot, "tests", "JakKb.Tests", "BadInput", "cases");


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


    /// <summary>A valid site of <paramref name="entities"/> kinases with long bodies, all linked from one source.</summary>
    public static void WriteSyntheticInput(string dir, int entities)
    {
        CopyDir(Path.Combine(CasesDir, "valid-site", "input"), dir);
        var body = string.Concat(Enumerable.Repeat("JAK signalling in HCC is described at length in this paragraph. ", 60));
        var links = new System.Text.StringBuilder();
        for (var i = 0; i < entities; i++)
        {
            File.WriteAllText(Path.Combine(dir, "kinases", $"k{i}.md"),
                $"---\ntitle: Kinase {i}\nsummary: Synthetic kinase number {i}.\n---\n{body}\n\n{body} See [[jak2]].\n");
            links.Append($" [[k{i}]]");
        }
        File.AppendAllText(Path.Combine(dir, "sources", "doc.md"), links + "\n");
    }

    public static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
