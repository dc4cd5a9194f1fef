using JakKb.Diagnostics;

namespace JakKb.Loading;

/// <summary>An entity file split into its YAML front matter and Markdown body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    public static FrontMatter? Split(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            diagnostics.Error(new SourceSpan(path, 1, 1), DiagnosticCodes.FrontMatterMissing,
                "An entity file must start with a line '---', then its YAML fields, then another '---' line.");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') is not ("---" or "...")) continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            return new FrontMatter(yaml, 2, body, i + 2);
        }
        diagnostics.Error(new SourceSpan(path, 1, 1), DiagnosticCodes.FrontMatterNotClosed,
            "The front matter opened on line 1 is never closed; add a line with exactly '---' after the last field.");
        return null;
    }
}
