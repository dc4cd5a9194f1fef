using System.Text.RegularExpressions;
using JakKb.Tests.Support;

namespace JakKb.Tests.Repository;

/// <summary>
/// The generator serves any curated field: what the JAK knowledge base is about lives in input/schema.yml, and no
/// line of the generator's C#, comments included, names one of its types.
/// </summary>
public partial class DomainFreeGeneratorTests
{
    [GeneratedRegex(@"kinase|drug|trial|cytokine|condition", RegexOptions.IgnoreCase)]
    private static partial Regex DomainWord();

    /// <summary>Every .cs file of the generator, without build output.</summary>
    public static IEnumerable<string> GeneratorSources() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"));

    [Fact]
    public void No_line_of_the_generator_names_a_type_of_the_knowledge_base()
    {
        var offenders = GeneratorSources()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepoPaths.Root, f), Line: i + 1, Text: line)))
            .Where(l => DomainWord().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Domain words in the generator (move them to input/schema.yml, or make the comment generic):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_check_reads_the_whole_generator() =>
        Assert.Contains(GeneratorSources(), f => f.EndsWith(Path.Combine("Loading", "SchemaReader.cs"), StringComparison.Ordinal));
}
