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
    public const string ActiveFile = "JKB0008";
    public const string SkippedFile = "JKB0009";
    public const string FrontMatterMissing = "JKB0010";
    public const string FrontMatterNotClosed = "JKB0011";
    public const string YamlSyntax = "JKB0012";
    public const string YamlAlias = "JKB0013";
    public const string YamlTooDeep = "JKB0014";
    public const string MarkdownTooDeep = "JKB0015";
    public const string UnchartableValue = "JKB0016";
    public const string WrongType = "JKB0020";
    public const string MissingField = "JKB0021";
    public const string UnknownField = "JKB0022";
    public const string InvalidValue = "JKB0023";
    public const string InvalidBasePath = "JKB0024";
    public const string UnsafeId = "JKB0030";
    public const string DuplicateId = "JKB0031";
    public const string UnknownEntityFolder = "JKB0032";
    public const string UnsafeFileName = "JKB0033";
    public const string DuplicateAnchor = "JKB0034";
    public const string UnknownRelationTarget = "JKB0040";
    public const string WrongRelationTargetType = "JKB0041";
    public const string UnknownSource = "JKB0042";
    public const string UnknownCurationNote = "JKB0043";
    public const string UnknownCitationKey = "JKB0050";
    public const string UnknownWikiLinkTarget = "JKB0051";
    public const string UnknownGlossaryTerm = "JKB0052";
    public const string UnsafeUrl = "JKB0053";
    public const string UnknownSitePage = "JKB0054";
    public const string DuplicateGlossaryTerm = "JKB0060";
    public const string DuplicateReference = "JKB0061";
    public const string DuplicateCurationNote = "JKB0062";
    public const string TemplateError = "JKB0070";
    public const string BrokenOutputLink = "JKB0080";
    public const string OrphanPage = "JKB0081";
    public const string MissingContentSecurityPolicy = "JKB0082";
    public const string DuplicateOutputId = "JKB0083";
    public const string UnsafeOutputFolder = "JKB0090";
    public const string OutputLocked = "JKB0091";
    public const string DiskFull = "JKB0092";
    public const string OutputUnwritable = "JKB0093";
    public const string SchemaMissing = "JKB0120";
    public const string SchemaDuplicateName = "JKB0121";
    public const string SchemaUnknownType = "JKB0122";
    public const string SchemaUrlTemplate = "JKB0123";
    public const string SchemaBadPattern = "JKB0124";
    public const string SchemaUnknownFieldKind = "JKB0125";
    public const string SchemaReservedFolder = "JKB0126";
    public const string SchemaInvalidValue = "JKB0127";
    public const string FieldRuleBroken = "JKB0130";
    public const string IdentifierPattern = "JKB0131";
    public const string UnknownQualifier = "JKB0132";
    public const string UnknownMeasure = "JKB0140";
    public const string SubgroupWithoutMeasure = "JKB0141";
    public const string ChartUnknownMeasure = "JKB0142";
    public const string ChartUnknownType = "JKB0143";
    public const string DuplicateMeasureOrChart = "JKB0144";
    public const string InvalidChartSetting = "JKB0145";
    public const string JsonSchemaUnwritable = "JKB0150";
    public const string PatternNotPortable = "JKB0151";
    public const string UnknownReferenceOrigin = "JKB0160";
    public const string CitedByOriginMismatch = "JKB0161";
    public const string InvalidCheckedDate = "JKB0162";
    public const string InvalidPrintedNumber = "JKB0163";
    public const string UnknownFactKind = "JKB0164";
    public const string QualitativeFactWithUnit = "JKB0165";
    public const string OutsideReferenceCitedBySource = "JKB0166";
    public const string UnrenderedMarkdownTable = "JKB0170";
    public const string RunTogetherList = "JKB0171";
    public const string CitedEntryNotListed = "JKB0175";
    public const string QuoteNotFound = "JKB0185";
    public const string QuoteAmbiguous = "JKB0186";
    public const string DocumentTextMissing = "JKB0187";
    public const string QuoteWithoutText = "JKB0188";
    public const string InvalidQuote = "JKB0189";
    public const string UsageError = "JKB9000";
    public const string InternalError = "JKB9999";

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
        (ActiveFile, "An input file can run script in a browser (HTML, SVG, JavaScript, XML), and site.yml does not allow active files.", "Remove the file; if it was reviewed as code, set 'allow_active_assets: true' in input/site.yml."),
        (SkippedFile, "A file under the input is not part of the site and is skipped (a warning).", "Rename or move it as the message says (entity files end in lower-case '.md' inside an entity folder), or delete it."),
        (FrontMatterMissing, "An entity file does not start with a '---' line.", "Start the file with '---', the YAML fields, then another '---'."),
        (FrontMatterNotClosed, "The front matter's closing '---' line is missing.", "Add a line with exactly '---' after the last YAML field."),
        (YamlSyntax, "The YAML is malformed.", "Fix the syntax at the position given (indentation, quotes, colons)."),
        (YamlAlias, "YAML anchors and aliases (&a, *a) are not allowed.", "Write the value out in full; aliases can explode in size."),
        (YamlTooDeep, "The YAML nests lists or mappings more than 32 levels deep.", "Flatten the structure; no field of the format nests that deep."),
        (MarkdownTooDeep, "The Markdown body nests blocks or inlines too deeply to be parsed.", "Remove the runaway nesting (long runs of '>', '[' or list markers) at the position given."),
        (UnchartableValue, "A value a chart shows holds a number too large to draw; it is left out of the chart.", "Write the value as the source prints it; a number of more than 308 digits is a typing slip."),
        (WrongType, "A field has the wrong kind of value.", "Use the kind the message names (text, list, mapping, true/false)."),
        (MissingField, "A required field is missing.", "Add the field; docs/content-format.md lists what each type needs."),
        (UnknownField, "A field is not part of the format.", "Check the spelling (a suggestion is given when one is close) or remove it."),
        (InvalidValue, "A field's value is not one of the allowed values.", "Use one of the values the message lists."),
        (InvalidBasePath, "The base path (site.yml's base_path or --base-path) is not a plain path.", "Write '/' or '/name/' with letters, digits, '.', '_', '~' and '-' only, e.g. '/jakkb/'."),
        (UnsafeId, "An id is not a safe slug.", "Use lower-case letters, digits and single hyphens, e.g. 'il-6'."),
        (DuplicateId, "Two entities share an id (compared case-insensitively, across all types).", "Rename one of the files."),
        (UnknownEntityFolder, "A content folder is not an entity type.", "Move the file into the folder of a type input/schema.yml declares, or declare a type with that folder."),
        (UnsafeFileName, "A file or folder name under the input is not a safe name.", "Rename it to lower-case letters, digits, single hyphens and dots, and not a Windows device name (con, prn, aux, nul, com1 to com9, lpt1 to lpt9)."),
        (DuplicateAnchor, "Two entries would get the same anchor on one page: glossary terms that differ only in case or punctuation, or two facts or tables with one id.", "Rename one of them so their anchors differ, or merge them."),
        (UnknownRelationTarget, "A relation names an entity that does not exist.", "Fix the id or add the entity."),
        (WrongRelationTargetType, "A relation names an entity of the wrong type.", "Point the relation at an entity of the type the message names."),
        (UnknownSource, "A fact names a source that is not a source entity.", "Use the id of a file in input/sources/."),
        (UnknownCurationNote, "A curation note id is not defined.", "Add the note to input/data/curation-notes.yml or fix the id."),
        (UnknownCitationKey, "A citation key is not in the bibliography.", "Add the reference to input/data/bibliography.yml or fix the key."),
        (UnknownWikiLinkTarget, "A wiki link names an entity that does not exist.", "Fix the id in [[...]] or add the entity."),
        (UnknownGlossaryTerm, "A [[term:...]] link names a term not in the glossary.", "Add the term to input/data/glossary.yml or fix its spelling."),
        (UnsafeUrl, "A link uses a scheme that runs script or opens local files: javascript:, vbscript:, file:, or data: other than a PNG, GIF, JPEG or WebP image (the policy of CommonMark's reference implementation in safe mode; the CSP forbids javascript: URLs too). A url or repository field is not an http(s) address.", "Link to an https address or a page of the site; write url and repository as https addresses."),
        (UnknownSitePage, "A root-relative link (/proteins/stat3/) names no page of the site; `check` refuses it.", "Fix the path to a page of the site, which is then rewritten for the base path, or use a full https address."),
        (DuplicateGlossaryTerm, "A glossary term (or alias) is defined twice.", "Merge the two entries."),
        (DuplicateReference, "A reference is defined twice (same key, DOI or title).", "Merge the entries; list every citing number under cited_by."),
        (DuplicateCurationNote, "A curation note id is defined twice.", "Rename or merge one of the notes."),
        (TemplateError, "A theme template does not parse or fails to render.", "Fix the template at the line given."),
        (BrokenOutputLink, "A link in the built site does not resolve to a file.", "Fix the template or content that produced it."),
        (OrphanPage, "A page is not linked from any other page.", "Link it from a related entity or remove it."),
        (MissingContentSecurityPolicy, "A rendered page lacks the site's Content-Security-Policy meta element, or has it after a script or style.", "Keep the CSP meta line of theme/layouts/base.sbn, unchanged and before any script or style, in every layout that overrides base.sbn."),
        (DuplicateOutputId, "A page of the built site holds the same id more than once.", "Rename the heading, glossary term, fact or template element that repeats the id the message names."),
        (UnsafeOutputFolder, "The output folder holds files that are not a JakKb site, or overlaps the input or theme.", "Pass --output an empty folder or a previous JakKb output; never the input, the theme or the repository root."),
        (OutputLocked, "Another build held the output folder for longer than a build waits (60 s); nothing was written.", "Wait for the other build (or `jakkb serve`) on that output to finish, or build into another --output."),
        (DiskFull, "The disk filled up while the new site was written; the previous output was left as it was.", "Free at least the space the message names on the disk that holds the output, then build again."),
        (OutputUnwritable, "The new site could not be written beside the output (permissions, a read-only disk); the previous output was left as it was.", "Make the folder that holds the output writable, or pass --output a folder you may write."),
        (SchemaMissing, "The input folder has no schema.yml, so no entity type is declared.", "Create input/schema.yml declaring the site's types, fields and relations (docs/content-format.md shows the shape; the JAK site's file is an example)."),
        (SchemaDuplicateName, "schema.yml declares a type, field, relation, identifier scheme or measure twice, or two types share a folder.", "Rename or merge one of the two declarations."),
        (SchemaUnknownType, "schema.yml names a type it does not declare (a relation's from/to, a ref field's types, a graph column).", "Fix the name (a suggestion is given when one is close) or declare the type under 'types:'."),
        (SchemaUrlTemplate, "An identifier scheme's URL template has no '{id}' or is not an http(s) address.", "Write the address of one entry with '{id}' where the identifier goes, e.g. 'https://www.uniprot.org/uniprotkb/{id}/entry'."),
        (SchemaBadPattern, "A pattern in schema.yml is not a valid regular expression.", "Fix the regular expression (.NET syntax); quote it in single quotes so YAML keeps the backslashes."),
        (SchemaUnknownFieldKind, "A field in schema.yml has a kind that does not exist.", "Use one of: text, markdown, number, integer, date, url, enum, ref, boolean (add 'list: true' for a list)."),
        (SchemaReservedFolder, "A type's folder is a folder of the site's own pages (glossary, references, search, assets, api, graph, curation-notes...) or not a safe slug.", "Give the type another folder name."),
        (SchemaInvalidValue, "A value in schema.yml is not one it accepts (a name that is not a slug, an enum without values, a list column that is neither a field nor a measure).", "Use a value the message lists."),
        (FieldRuleBroken, "A field's value breaks the rule schema.yml declares for it (kind, allowed values, pattern, referenced type).", "Give a value the rule allows; the message names the rule and where schema.yml declares it."),
        (IdentifierPattern, "An identifier's value does not have the shape its scheme declares in schema.yml.", "Give the identifier exactly as the registry shows it; the message quotes the scheme's pattern."),
        (UnknownQualifier, "A relation item names a qualifier the relation does not declare, or a value the qualifier does not allow.", "Use a qualifier and value declared under the relation's 'qualifiers:' in schema.yml, or declare it there."),
        (UnknownMeasure, "A fact's 'measure' is not a measure key declared under 'measures:' in input/schema.yml.", "Use a declared key (a suggestion is given when one is close), or declare the measure in the schema."),
        (SubgroupWithoutMeasure, "A fact has a 'subgroup' but no 'measure'; the subgroup only names the arm a measured value describes.", "Add the 'measure:' the value measures, or remove 'subgroup:'."),
        (ChartUnknownMeasure, "A chart in input/schema.yml plots a measure that 'measures:' does not declare.", "Fix the key (a suggestion is given when one is close) or declare the measure."),
        (ChartUnknownType, "A chart in input/schema.yml names an entity type (in facts_on, facts_concerning or shown_on) that 'types:' does not declare.", "Fix the type name (a suggestion is given when one is close); shown_on also accepts 'home' and 'provenance'."),
        (DuplicateMeasureOrChart, "Two measures share a key, or two charts share an id, in input/schema.yml.", "Rename or merge one of them."),
        (InvalidChartSetting, "A chart setting in input/schema.yml has a value that does not exist, or does not fit the chart's kind (a paired chart needs two series).", "Use one of the values the message lists."),
        (JsonSchemaUnwritable, "`jakkb schema --json-schema DIR` could not write the JSON Schemas into the folder given (permissions, a read-only disk, a file of that name).", "Pass --json-schema a folder you may write."),
        (PatternNotPortable, "A pattern in schema.yml uses a construct of .NET's regular expressions that the JSON Schemas cannot carry to editors, whose validators use JavaScript's (a warning; the build still checks the pattern).", "Rewrite the pattern in the common subset the message suggests: '^' and '$' for \\A and \\z, a character class for (?i), a plain group for (?>...)."),
        (UnknownReferenceOrigin, "A bibliography entry's 'origin' is neither 'source' nor 'outside'.", "Write 'origin: outside' for a reference the curators added, or leave the field out (a source document cites it)."),
        (CitedByOriginMismatch, "A reference's 'cited_by' does not fit its origin: a source document's reference with an empty 'cited_by', or an outside reference that lists a citing document.", "List where each source document cites it under 'cited_by', or mark it 'origin: outside' and give 'cited_by: []'."),
        (InvalidCheckedDate, "An identifier's or property's 'checked' is neither 'no' nor a date written YYYY-MM or YYYY-MM-DD.", "Write the month or day the value was looked up in its database, e.g. 'checked: 2026-11', or 'checked: no'."),
        (InvalidPrintedNumber, "A 'cited_by' entry's 'printed_number' is not a number as a reference list prints it.", "Give the entry's number exactly as the list prints it, without its brackets or full stop (e.g. '11'), or leave the field out."),
        (UnknownFactKind, "A fact's 'kind' is neither 'quantitative' nor 'qualitative'.", "Write 'kind: qualitative' for a fact whose value is the source's words, or leave the field out."),
        (QualitativeFactWithUnit, "A qualitative fact has a unit; its value is the source's words, shown as a quotation, so a unit has nothing to measure.", "Remove the unit, or remove 'kind: qualitative' if the value is a number."),
        (OutsideReferenceCitedBySource, "A fact's or table row's 'cites' names an outside reference: those 'cites' say what the source document cites, and no source document cites an outside reference.", "Cite the outside reference in the prose ([@key]) or in a property's 'cites', and keep the fact's 'cites' to what its source prints."),
        (UnrenderedMarkdownTable, "A page body or curation note shows a Markdown table's delimiter row (hyphens between pipe characters) inside a paragraph, so the table renders as raw text (a warning).", "Put each table row on its own line, with a blank line before the table; in YAML write the text as a literal block (a pipe after 'text:'), not a folded one ('>-')."),
        (RunTogetherList, "A page body or curation note has list items joined onto one line ('...; - next item'), so the bullets render as text (a warning).", "Start each list item on its own line; in YAML write the text as a literal block (a pipe after 'text:'), not a folded one ('>-')."),
        (CitedEntryNotListed, "A citation names an entry of the document's reference list ([@key #20]) that the bibliography does not list for that work, or it is not on the page of a source document.", "Give an entry number from the work's cited_by in input/data/bibliography.yml for this document, or remove '#N' where the work is listed once."),
        (QuoteNotFound, "A fact's 'quote' does not occur in the text of the document its 'source' names (whitespace collapsed, within one paragraph or table cell), or not with its prefix or suffix.", "Copy the words exactly from the document's text file (the message names it); a quote stays within one paragraph or table cell, and never paraphrases."),
        (QuoteAmbiguous, "A fact's 'quote' occurs more than once in the document's text, and no prefix or suffix picks one.", "Write the quote as '{exact: ..., prefix: ..., suffix: ...}' with the words just before or after the place meant; the message shows each place."),
        (DocumentTextMissing, "A provenance entity's 'text' names a file that does not exist, cannot be read, or lies outside the repository.", "Give the path of a text file in the repository, relative to the folder that holds input/ (e.g. 'docs/sources/wang-2025.txt')."),
        (QuoteWithoutText, "A fact has a 'quote', but the document its 'source' names has no 'text' to check it against.", "Add 'text:' (and its licence) to the document's file, or remove the quote."),
        (InvalidQuote, "A 'quote' or a document's text settings are malformed: an empty 'exact', a field a quote does not have, or 'show_text: true' without 'text' or 'text_licence'.", "Write 'quote: \"the exact words\"' or '{exact, prefix, suffix}'; a shown text needs 'text:' and the 'text_licence:' that allows showing it."),
        (UsageError, "The command line is not understood.", "Run 'jakkb --help' and fix the command or option named."),
        (InternalError, "JakKb failed on a file in a way it does not foresee (a bug); the previous output was left as it was.", "Report the message and the file it names; meanwhile, change or remove what the file added last."),
    ];
}
