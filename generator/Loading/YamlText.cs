using JakKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace JakKb.Loading;

/// <summary>Parses YAML into a node tree whose positions are reported in the contributor's file.</summary>
public static class YamlText
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts at line <paramref name="firstLine"/> of <paramref name="path"/>.
    /// Anchors and aliases are refused before the tree is built: a tree walk over shared alias nodes is how
    /// "billion laughs" documents explode.
    /// </summary>
    public static YamlNode? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                ParsingEvent? anchored = parser.Current switch
                {
                    AnchorAlias alias => alias,
                    NodeEvent node when !node.Anchor.IsEmpty => node,
                    _ => null,
                };
                if (anchored is not null)
                {
                    diagnostics.Error(At(path, anchored.Start, firstLine), DiagnosticCodes.YamlAlias,
                        "YAML anchors and aliases (&name, *name) are not allowed; write the value out in full.");
                    return null;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(At(path, e.Start, firstLine), DiagnosticCodes.YamlSyntax,
                $"Malformed YAML: {Describe(e)}. Check indentation, quotes and the ':' after each field name.");
            return null;
        }
    }

    public static SourceSpan At(string path, Mark mark, int firstLine) =>
        new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: ...) - (...): "; we report our own position.
        var cut = inner.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? inner[(cut + 3)..] : inner).TrimEnd('.');
    }
}
