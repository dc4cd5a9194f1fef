using System.Text.RegularExpressions;
using JakKb.Tests.Support;

namespace JakKb.Tests.Markdown.CommonMark;

/// <summary>One example of the CommonMark spec: its Markdown and the HTML the spec expects.</summary>
public sealed record SpecExample(int Number, string Section, string Markdown, string Html);

/// <summary>
/// The examples of the CommonMark spec, read from the npm package <c>commonmark-spec</c> that tools/package.json pins
/// (installed by .ci/install.d/10-browser.sh). Extracted as the package's own index.js does, with its → shown for tabs.
/// </summary>
public static partial class CommonMarkSpec
{
    public const string Version = "0.31.2";

    public static string SpecFile => Path.Combine(RepoPaths.Root, "tools", "node_modules", "commonmark-spec", "spec.txt");

    [GeneratedRegex(@"^`{32} example\n([\s\S]*?)^\.\n([\s\S]*?)^`{32}$|^#{1,6} *(.*)$", RegexOptions.Multiline)]
    private static partial Regex Examples();

    public static IReadOnlyList<SpecExample> Load()
    {
        if (!File.Exists(SpecFile))
            throw new InvalidOperationException($"{SpecFile} is missing: run `bash .ci/install.d/10-browser.sh` (npm ci in tools/) first.");
        var text = File.ReadAllText(SpecFile).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n<!-- END TESTS -->", StringComparison.Ordinal);
        if (end >= 0) text = text[..(end + 1)];
        var examples = new List<SpecExample>();
        var section = "";
        foreach (Match m in Examples().Matches(text))
        {
            if (m.Groups[3].Success) section = m.Groups[3].Value;
            else examples.Add(new SpecExample(examples.Count + 1, section, Tabs(m.Groups[1].Value), Tabs(m.Groups[2].Value)));
        }
        return examples;
    }

    private static string Tabs(string s) => s.Replace('→', '\t');
}
