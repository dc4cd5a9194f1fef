using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JakKb.Rendering;

/// <summary>
/// The date each input file was last committed, from one <c>git log</c> call per build. When git is missing,
/// the input is not in a repository or the call fails, the map is empty and pages simply show no date.
/// </summary>
public static partial class GitDates
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Date();

    /// <summary>Full path of each committed file under <paramref name="inputDir"/> → its last commit date (yyyy-mm-dd).</summary>
    public static IReadOnlyDictionary<string, string> Read(string inputDir)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(inputDir)) return map;
        var root = Path.GetFullPath(inputDir);
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-c", "core.quotepath=off", "log", "--format=%cs", "--name-only", "--relative", "--", "." })
                start.ArgumentList.Add(arg);
            using var git = Process.Start(start);
            if (git is null) return map;
            git.ErrorDataReceived += (_, _) => { };
            git.BeginErrorReadLine();
            var output = git.StandardOutput.ReadToEnd();
            if (!git.WaitForExit(30_000) || git.ExitCode != 0) return new Dictionary<string, string>();
            Parse(output, root, map);
        }
        catch (Win32Exception)
        {
            // git is not installed: no dates.
        }
        catch (InvalidOperationException)
        {
        }
        return map;
    }

    /// <summary>Reads <c>git log --format=%cs --name-only</c> output, newest commit first: the first date seen for a file is its last change.</summary>
    public static void Parse(string output, string root, IDictionary<string, string> map)
    {
        string? date = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (Date().IsMatch(line)) { date = line; continue; }
            if (date is null) continue;
            var full = Path.GetFullPath(Path.Combine(root, line));
            map.TryAdd(full, date);
        }
    }
}
