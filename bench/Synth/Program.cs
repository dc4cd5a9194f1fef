using System.Globalization;
using Synth;

// Usage: Synth --entities N [--seed 42] [--jakkb DIR] [--hugo DIR]
// Writes a deterministic synthetic JAK knowledge base as JakKb input (DIR = the input/ folder)
// and/or as an equivalent Hugo site. Output directories must be empty or absent.
var entities = 1000;
var seed = 42;
string? jakkb = null, hugo = null;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--entities": entities = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--jakkb": jakkb = Value(); break;
        case "--hugo": hugo = Value(); break;
        case "-h" or "--help":
            Console.WriteLine("usage: Synth --entities N [--seed 42] [--jakkb OUTDIR] [--hugo OUTDIR]");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]}");
            return 2;
    }
}
if (jakkb is null && hugo is null)
{
    Console.Error.WriteLine("nothing to do: give --jakkb and/or --hugo");
    return 2;
}
foreach (var dir in new[] { jakkb, hugo })
{
    if (dir is not null && Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
    {
        Console.Error.WriteLine($"output directory is not empty: {dir}");
        return 2;
    }
}

var kb = new Generator(seed).Generate(entities);
if (jakkb is not null)
{
    Writers.WriteJakKb(kb, jakkb);
}
if (hugo is not null)
{
    Writers.WriteHugo(kb, hugo);
}
var counts = string.Join(", ", kb.Entities.GroupBy(e => e.Type).Select(g => $"{g.Count()} {g.Key}s"));
Console.WriteLine($"synth: {kb.Entities.Count} entities ({counts}), {kb.Glossary.Count} glossary terms, {kb.Bibliography.Count} references");
return 0;
