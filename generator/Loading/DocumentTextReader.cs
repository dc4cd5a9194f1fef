using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Reads the text files provenance entities name. A path is relative to the folder that holds input/ (the
/// repository), and must stay inside it: the build reads the repository's copy, never the network.
/// </summary>
public static class DocumentTextReader
{
    public static IReadOnlyDictionary<string, DocumentPassages> ReadAll(string inputDir, IEnumerable<Entity> entities, DiagnosticBag diagnostics, Memo memo)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? inputDir;
        var result = new Dictionary<string, DocumentPassages>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.Text is not { } text) continue;
            // A control character (a NUL above all) makes no path the file system accepts; it is reported as missing.
            var full = text.Path.Any(char.IsControl) ? root : Path.GetFullPath(Path.Combine(root, text.Path));
            var inside = full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (!inside || Path.IsPathRooted(text.Path) || !File.Exists(full))
            {
                diagnostics.Error(text.Where, DiagnosticCodes.DocumentTextMissing,
                    $"'text: {text.Path}' is {(inside && !Path.IsPathRooted(text.Path) ? "not a file" : "outside the repository")}; give the path of the document's text file relative to the folder that holds input/, e.g. 'docs/sources/{entity.Id}.txt'.");
                continue;
            }
            try
            {
                // Read again only when the file changed: serve rebuilds after every edit of the input.
                var file = new FileInfo(full);
                result[entity.Id] = memo.Get("document-text", full, ContentLoader.FileKey(file.Length, file.LastWriteTimeUtc) ^ Fingerprint.Of(text.Path),
                    () => PassageReader.Read(text.Path, File.ReadAllText(full)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(text.Where, DiagnosticCodes.DocumentTextMissing, $"'text: {text.Path}' cannot be read ({e.Message}); make the file readable.");
            }
        }
        return result;
    }
}
