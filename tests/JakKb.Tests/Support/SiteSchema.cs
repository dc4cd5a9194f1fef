using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;

namespace JakKb.Tests.Support;

/// <summary>The schema an input folder declares, read as the build reads it; a test of a site with a broken schema fails here, saying why.</summary>
public static class SiteSchema
{
    public static Schema Read(string inputDir)
    {
        var path = Path.Combine(inputDir, SchemaReader.FileName);
        var diagnostics = new DiagnosticBag();
        return SchemaReader.Read(path, File.ReadAllText(path), diagnostics)
            ?? throw new InvalidOperationException($"{path} does not read:\n{string.Join("\n", diagnostics.Sorted())}");
    }
}
