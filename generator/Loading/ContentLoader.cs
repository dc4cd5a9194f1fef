using System.IO.Enumeration;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Loading;

/// <summary>The loading stage: reads input/ into a <see cref="SiteContent"/>. Files are read in parallel.</summary>
public static class ContentLoader
{
    public const string GlossaryFile = "data/glossary.yml";
    public const string BibliographyFile = "data/bibliography.yml";
    public const string CurationNotesFile = "data/curation-notes.yml";
    public const string SiteFile = "site.yml";
    public const string SchemaFile = SchemaReader.FileName;

    /// <summary>Loads <paramref name="inputDir"/>; a file is read again only when its size or modification time changed since <paramref name="memo"/> kept it.</summary>
    public static SiteContent Load(string inputDir, DiagnosticBag diagnostics, Memo? memo = null)
    {
        memo ??= Memo.None;
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error(SourceSpan.File(inputDir), DiagnosticCodes.InputFolderMissing,
                $"Input folder '{inputDir}' does not exist; pass --input with the folder that holds site.yml.");
            return new SiteContent(SiteConfig.Default, [], [], [], []);
        }

        var all = AllFiles(inputDir, diagnostics);
        var config = ReadOptional(inputDir, SiteFile, diagnostics, DataFileReader.Site, memo) ?? SiteConfig.Default;
        // The schema says what every other file means; a wrong one stops the build before any entity is read.
        var schema = ReadOptional(inputDir, SchemaFile, diagnostics, SchemaReader.Read, memo);
        if (schema is null)
        {
            if (!File.Exists(Path.Combine(inputDir, SchemaFile)))
            {
                diagnostics.Error(SourceSpan.File(Display(inputDir, SchemaFile)), DiagnosticCodes.SchemaMissing,
                    $"'{Display(inputDir, SchemaFile)}' is missing; create it with 'types:' (each with its name, folder and fields) and 'relations:' (docs/content-format.md, \"The schema\").");
            }
            return new SiteContent(config, [], [], [], []);
        }
        InputInventory.Report(inputDir, all.Select(f => f.Relative), schema, config.AllowActiveAssets, diagnostics);
        var found = all
            .Where(f => InputInventory.IsEntityCandidate(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        var files = found.Select(f => f.Relative).ToList();

        var entities = new Entity?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var path = files[i];
            var type = schema.TypeInFolder(path[..path.IndexOf('/')]);
            if (type is null || path.Count(c => c == '/') != 1)
            {
                diagnostics.Error(SourceSpan.File(Display(inputDir, path)), DiagnosticCodes.UnknownEntityFolder,
                    $"'{path}' is not in an entity folder; move it to one of: {Folders(schema)}, or declare a type with that folder in {SchemaFile}.");
                return;
            }
            var display = Display(inputDir, path);
            Entity? Read(DiagnosticBag bag) =>
                InputFile.Read(Path.Combine(inputDir, path), display, bag) is { } text ? EntityReader.Read(schema, type, display, text, bag) : null;
            entities[i] = InternalError.Guard(display, diagnostics,
                () => memo.Get(Step, path, FileKey(found[i].Length, found[i].Modified) ^ schema.Hash, diagnostics, Read));
        });

        if (files.Count == 0)
        {
            diagnostics.Error(SourceSpan.File(inputDir), DiagnosticCodes.InputFolderEmpty,
                $"Input folder '{inputDir}' holds no entity files; add Markdown files under {Folders(schema)}.");
        }

        var unreadable = files.Where((_, i) => entities[i] is null)
            .Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var loaded = entities.OfType<Entity>().ToList();
        return new SiteContent(
            config,
            loaded,
            ReadOptional(inputDir, GlossaryFile, diagnostics, DataFileReader.Glossary, memo) ?? [],
            ReadOptional(inputDir, BibliographyFile, diagnostics, DataFileReader.Bibliography, memo) ?? [],
            ReadOptional(inputDir, CurationNotesFile, diagnostics, DataFileReader.CurationNotes, memo) ?? [])
        {
            Schema = schema,
            Unreadable = unreadable,
            Texts = DocumentTextReader.ReadAll(inputDir, loaded, diagnostics, memo),
        };
    }

    /// <summary>The entity folders the schema declares, as a contributor would list them.</summary>
    public static string Folders(Schema schema) => string.Join(", ", schema.Types.Select(t => t.Folder + "/"));

    /// <summary>Paths in diagnostics are the input folder plus the file, with '/' separators, as the contributor sees them.</summary>
    public static string Display(string inputDir, string relative) =>
        Path.Combine(inputDir, relative).Replace('\\', '/');

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    /// <summary>
    /// Every file under the input, relative to it, with its size and modification time. Symbolic links are reported
    /// and never followed: a link in a contribution could otherwise publish a file from outside the input (a key, a
    /// password file) as a page or asset. Entries are read as the folder lists them, without a call per file to ask
    /// whether it is a link: that doubled the cost of checking an input of 10,000 files for changes.
    /// </summary>
    private static List<(string Relative, long Length, DateTime Modified)> AllFiles(string inputDir, DiagnosticBag diagnostics)
    {
        var files = new List<(string, long, DateTime)>();
        var folders = new Stack<string>([inputDir]);
        var everything = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            List<(string Path, bool IsLink, bool IsFolder, long Length, DateTime Modified)> entries;
            try
            {
                entries = new FileSystemEnumerable<(string, bool, bool, long, DateTime)>(folder,
                    (ref FileSystemEntry e) => (e.ToFullPath(), e.Attributes.HasFlag(FileAttributes.ReparsePoint), e.IsDirectory, e.IsDirectory ? 0 : e.Length, e.LastWriteTimeUtc.UtcDateTime),
                    everything).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(SourceSpan.File(Display(inputDir, Relative(inputDir, folder))), DiagnosticCodes.FileUnreadable,
                    $"Folder cannot be read ({e.Message}); check its permissions.");
                continue;
            }
            foreach (var entry in entries)
            {
                var relative = Relative(inputDir, entry.Path);
                if (entry.IsLink)
                {
                    var display = Display(inputDir, relative);
                    diagnostics.Error(SourceSpan.File(display), DiagnosticCodes.SymbolicLink,
                        $"'{display}' is a symbolic link (to '{new FileInfo(entry.Path).LinkTarget}'); replace it with the file itself.");
                    continue;
                }
                if (entry.IsFolder) folders.Push(entry.Path);
                else if (entry.Length == 0 && !FileKind.IsRegularOrFolder(entry.Path))
                {
                    // Reported for every folder of the input (layouts and assets too), so no later stage opens it.
                    var display = Display(inputDir, relative);
                    diagnostics.Error(SourceSpan.File(display), DiagnosticCodes.NotRegularFile, InputFile.NotRegularMessage(display));
                }
                else files.Add((relative, entry.Length, entry.Modified));
            }
        }
        return files;
    }

    private static T? ReadOptional<T>(string inputDir, string relative, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read, Memo memo)
        where T : class
    {
        var full = new FileInfo(Path.Combine(inputDir, relative));
        if (!full.Exists) return null;
        var display = Display(inputDir, relative);
        T? Read(DiagnosticBag bag) => InputFile.Read(full.FullName, display, bag) is { } text ? read(display, text, bag) : null;
        return memo.Get(Step, relative, FileKey(full.Length, full.LastWriteTimeUtc), diagnostics, Read);
    }

    private const string Step = "load";

    /// <summary>What reading a file depends on, short of reading it: an edit touches one file of thousands, and changes its size or time.</summary>
    internal static UInt128 FileKey(long length, DateTime modified) => new((ulong)length, (ulong)modified.Ticks);
}
