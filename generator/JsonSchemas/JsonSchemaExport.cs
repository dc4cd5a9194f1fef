using JakKb.Diagnostics;
using JakKb.Loading;

namespace JakKb.JsonSchemas;

/// <summary>
/// <c>jakkb schema --json-schema DIR</c>: the JSON Schemas of a site without building it. Only schema.yml is read,
/// so a site whose content has errors still gets the schemas an editor needs to find them.
/// </summary>
public static class JsonSchemaExport
{
    /// <summary>Writes the schemas of <paramref name="inputDir"/>'s schema.yml into <paramref name="folder"/>; returns the files written, none when a diagnostic says why.</summary>
    public static IReadOnlyList<string> Run(string inputDir, string folder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, SchemaReader.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceSpan.File(path), DiagnosticCodes.SchemaMissing,
                $"'{path}' is missing; pass --input the folder that holds schema.yml, or run from the repository root.");
            return [];
        }
        if (InputFile.Read(Path.GetFullPath(path), path, diagnostics) is not { } text || SchemaReader.Read(path, text, diagnostics) is not { } schema)
            return [];
        try
        {
            return JsonSchemaSet.WriteTo(schema, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceSpan.File(folder), DiagnosticCodes.JsonSchemaUnwritable,
                $"The JSON Schemas could not be written to '{folder}' ({e.Message}); pass --json-schema a folder you may write.");
            return [];
        }
    }
}
