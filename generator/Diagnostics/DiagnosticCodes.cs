namespace JakKb.Diagnostics;

/// <summary>
/// Every stable diagnostic code. The README's table is checked against this list by a test,
/// so a new code cannot ship undocumented.
/// </summary>
public static class DiagnosticCodes
{
    public const string InputFolderMissing = "JKB0001";
    public const string InputFolderEmpty = "JKB0002";
    public const string NotUtf8 = "JKB0003";
    public const string FileTooLarge = "JKB0004";
    public const string FileUnreadable = "JKB0005";
    public const string SymbolicLink = "JKB0006";
    public const string NotRegularFile = "JKB0007";
    public const string FrontMatterMissing = "JKB0010";
    public const string FrontMatterNotClosed = "JKB0011";
    public const string YamlSyntax = "JKB0012";
    public const string YamlAlias = "JKB0013";
    public const string YamlTooDeep = "JKB0014";
    public const string MarkdownTooDeep = "JKB0015";
    public const string WrongType = "JKB0020";
    public const string MissingField = "JKB0021";
    public const string UnknownField = "JKB0022";
    public const string InvalidValue = "JKB0023";
    public const string UnsafeId = "JKB0030";
    public const string DuplicateId = "JKB0031";
    public const string UnknownEntityFolder = "JKB0032";
    public const string UnknownRelationTarget = "JKB0040";
    public const string WrongRelationTargetType = "JKB0041";
    public const string UnknownSource = "JKB0042";
    public const string UnknownCurationNote = "JKB0043";
    public const string UnknownCitationKey = "JKB0050";
    public const string UnknownWikiLinkTarget = "JKB0051";
    public const string UnknownGlossaryTerm = "JKB0052";
    public const string UnsafeUrl = "JKB0053";
    public const string DuplicateGlossaryTerm = "JKB0060";
    public const string DuplicateReference = "JKB0061";
    public const string DuplicateCurationNote = "JKB0062";
    public const string TemplateError = "JKB0070";
    public const string BrokenOutputLink = "JKB0080";
    public const string OrphanPage = "JKB0081";
    public const string UnsafeOutputFolder = "JKB0090";
    public const string ServeRebuildFailed = "JKB0100";
    public const string UsageError = "JKB9000";

    /// <summary>Code, what it means, and how to fix it; rendered into the README.</summary>
    public static readonly IReadOnlyList<(string Code, string Meaning, string Fix)> All =
    [
        (InputFolderMissing, "The input folder does not exist.", "Pass --input with the folder that holds site.yml, or run from the repository root."),
        (InputFolderEmpty, "The input folder holds no content files.", "Add entity files under input/<type>/ (see docs/content-format.md)."),
        (NotUtf8, "A file is not valid UTF-8.", "Re-save the file as UTF-8 without a byte-order mark."),
        (FileTooLarge, "A file is larger than the 1 MiB input limit.", "Split the file; no fact file should need that much."),
        (FileUnreadable, "A file or folder of the input cannot be read.", "Check its permissions; the build reads every file under the input folder."),
        (SymbolicLink, "The input holds a symbolic link.", "Replace the link with the file itself; links could publish files from outside the input folder."),
        (NotRegularFile, "The input holds a named pipe, socket or device rather than a regular file.", "Remove it from the input folder; reading a pipe would wait for a writer forever."),
        (FrontMatterMissing, "An entity file does not start with a '---' line.", "Start the file with '---', the YAML fields, then another '---'."),
        (FrontMatterNotClosed, "The front matter's closing '---' line is missing.", "Add a line with exactly '---' after the last YAML field."),
        (YamlSyntax, "The YAML is malformed.", "Fix the syntax at the position given (indentation, quotes, colons)."),
        (YamlAlias, "YAML anchors and aliases (&a, *a) are not allowed.", "Write the value out in full; aliases can explode in size."),
        (YamlTooDeep, "The YAML nests lists or mappings more than 32 levels deep.", "Flatten the structure; no field of the format nests that deep."),
        (MarkdownTooDeep, "The Markdown body nests blocks or inlines too deeply to be parsed.", "Remove the runaway nesting (long runs of '>', '[' or list markers) at the position given."),
        (WrongType, "A field has the wrong kind of value.", "Use the kind the message names (text, list, mapping, true/false)."),
        (MissingField, "A required field is missing.", "Add the field; docs/content-format.md lists what each type needs."),
        (UnknownField, "A field is not part of the format.", "Check the spelling (a suggestion is given when one is close) or remove it."),
        (InvalidValue, "A field's value is not one of the allowed values.", "Use one of the values the message lists."),
        (UnsafeId, "An id is not a safe slug.", "Use lower-case letters, digits and single hyphens, e.g. 'il-6'."),
        (DuplicateId, "Two entities share an id (compared case-insensitively, across all types).", "Rename one of the files."),
        (UnknownEntityFolder, "A content folder is not an entity type.", "Move the file into one of kinases, drugs, trials, cytokines, conditions, sources."),
        (UnknownRelationTarget, "A relation names an entity that does not exist.", "Fix the id or add the entity."),
        (WrongRelationTargetType, "A relation names an entity of the wrong type.", "Point the relation at an entity of the type the message names."),
        (UnknownSource, "A fact names a source that is not a source entity.", "Use the id of a file in input/sources/."),
        (UnknownCurationNote, "A curation note id is not defined.", "Add the note to input/data/curation-notes.yml or fix the id."),
        (UnknownCitationKey, "A citation key is not in the bibliography.", "Add the reference to input/data/bibliography.yml or fix the key."),
        (UnknownWikiLinkTarget, "A wiki link names an entity that does not exist.", "Fix the id in [[...]] or add the entity."),
        (UnknownGlossaryTerm, "A [[term:...]] link names a term not in the glossary.", "Add the term to input/data/glossary.yml or fix its spelling."),
        (UnsafeUrl, "A link uses a scheme other than http, https, mailto or a relative path.", "Link to an http(s) address or a page of the site."),
        (DuplicateGlossaryTerm, "A glossary term (or alias) is defined twice.", "Merge the two entries."),
        (DuplicateReference, "A reference is defined twice (same key, DOI or title).", "Merge the entries; list every citing number under cited_by."),
        (DuplicateCurationNote, "A curation note id is defined twice.", "Rename or merge one of the notes."),
        (TemplateError, "A theme template does not parse or fails to render.", "Fix the template at the line given."),
        (BrokenOutputLink, "A link in the built site does not resolve to a file.", "Fix the template or content that produced it."),
        (OrphanPage, "A page is not linked from any other page.", "Link it from a related entity or remove it."),
        (UnsafeOutputFolder, "The output folder holds files that are not a JakKb site, or overlaps the input or theme.", "Pass --output an empty folder or a previous JakKb output; never the input, the theme or the repository root."),
        (ServeRebuildFailed, "Under jakkb serve, a rebuild stopped on an unexpected error; the last good site stays on screen.", "Undo the last edit or fix the file it touched, and save: serve builds again on the next change."),
        (UsageError, "The command line is not understood.", "Run 'jakkb --help' and fix the command or option named."),
    ];
}
