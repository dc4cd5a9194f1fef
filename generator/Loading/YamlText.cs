using JakKb.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace JakKb.Loading;

/// <summary>Parses YAML into a node tree whose positions are reported in the contributor's file.</summary>
public static class YamlText
{
    /// <summary>No field of the format nests deeper than a handful of levels; the limit keeps the tree walk off the stack's edge.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts at line <paramref name="firstLine"/> of <paramref name="path"/>.
    /// Anchors and aliases are refused before the tree is built: a tree walk over shared alias nodes is how
    /// "billion laughs" documents explode.
    /// </summary>
    public static YamlNode? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics) =>
        Parse(path, yaml, firstLine, diagnostics, out _);

    /// <summary>As <see cref="Parse(string, string, int, DiagnosticBag)"/>; <paramref name="failed"/> tells an error (already reported) from an empty document.</summary>
    public static YamlNode? Parse(string path, string yaml, int firstLine, DiagnosticBag diagnostics, out bool failed)
    {
        failed = true;
        var lastGood = Mark.Empty;
        try
        {
            // A first pass over the events, which the parser produces without recursion: refuse what the tree
            // builder must not see before it recurses into it.
            var parser = new Parser(new StringReader(yaml));
            var events = new List<ParsingEvent>();
            var depth = 0;
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
                lastGood = parser.Current!.End;
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        ReportAlias(path, alias, firstLine, diagnostics);
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        ReportAlias(path, node, firstLine, diagnostics);
                        return null;
                    case SequenceStart or MappingStart when ++depth > MaxDepth:
                        diagnostics.Error(At(path, parser.Current.Start, firstLine), DiagnosticCodes.YamlTooDeep,
                            $"Lists and mappings nest more than {MaxDepth} levels deep here; flatten the structure.");
                        return null;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }

            // The tree is built from the events already read: scanning the text twice was a third of loading.
            var stream = new YamlStream();
            stream.Load(new ReplayParser(events));
            failed = false;
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(At(path, e.Start, firstLine), DiagnosticCodes.YamlSyntax,
                $"Malformed YAML: {Describe(e)}. Check indentation, quotes and the ':' after each field name.");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet's scanner throws plain exceptions for a few malformed inputs, e.g. an unclosed '[' followed by
            // more fields; the last well-formed place is the best position there is.
            diagnostics.Error(At(path, lastGood, firstLine), DiagnosticCodes.YamlSyntax,
                "Malformed YAML after this point (an unclosed '[' or '{', or a stray ':' inside brackets?). Check indentation, quotes and brackets.");
            return null;
        }
    }

    public static SourceSpan At(string path, Mark mark, int firstLine) =>
        new(path, Math.Max(1, (int)mark.Line) + firstLine - 1, Math.Max(1, (int)mark.Column));

    private static void ReportAlias(string path, ParsingEvent anchored, int firstLine, DiagnosticBag diagnostics) =>
        diagnostics.Error(At(path, anchored.Start, firstLine), DiagnosticCodes.YamlAlias,
            "YAML anchors and aliases (&name, *name) are not allowed; write the value out in full.");

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: ...) - (...): "; we report our own position.
        var cut = inner.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? inner[(cut + 3)..] : inner).TrimEnd('.');
    }

    /// <summary>Hands YamlDotNet's tree builder the events of the first pass instead of parsing the text again.</summary>
    private sealed class ReplayParser(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
