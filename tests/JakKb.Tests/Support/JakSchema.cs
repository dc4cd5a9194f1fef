using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;

namespace JakKb.Tests.Support;

/// <summary>The JAK knowledge base's schema, read from input/schema.yml, and its types by name, for tests about its content.</summary>
public static class JakSchema
{
    public static readonly Schema Schema = Read();

    public static EntityType Kinase => Type("kinase");

    public static EntityType Drug => Type("drug");

    public static EntityType Trial => Type("trial");

    public static EntityType Cytokine => Type("cytokine");

    public static EntityType Condition => Type("condition");

    public static EntityType Source => Type("source");

    public static EntityType Type(string name) => Schema.TypeNamed(name) ?? throw new InvalidOperationException($"input/schema.yml declares no type '{name}'.");

    /// <summary>Writes the real schema into <paramref name="inputDir"/>, for a test site written from strings.</summary>
    public static void CopyTo(string inputDir)
    {
        Directory.CreateDirectory(inputDir);
        File.Copy(Path.Combine(RepoPaths.Input, SchemaReader.FileName), Path.Combine(inputDir, SchemaReader.FileName), overwrite: true);
    }

    private static Schema Read()
    {
        var bag = new DiagnosticBag();
        var schema = SchemaReader.Read("input/schema.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, SchemaReader.FileName)), bag);
        return schema ?? throw new InvalidOperationException("input/schema.yml has errors: " + string.Join("\n", bag.Sorted()));
    }
}
