using System.Text;
using CsCheck;
using JakKb.Diagnostics;
using JakKb.Loading;
using JakKb.Model;
using JakKb.Tests.BadInput;
using JakKb.Tests.Support;
using JakKb.Validation;

namespace JakKb.Tests.Properties;

/// <summary>
/// Random and mutated input never crashes or hangs the loader and validator: whatever the bytes, the only outcome
/// is a list of diagnostics, each with a file and a documented code.
/// </summary>
public class LoaderPropertyTests
{
    /// <summary>One case may take this long at most; a parse that runs longer is a hang.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private static readonly HashSet<string> Codes = DiagnosticCodes.All.Select(c => c.Code).ToHashSet();

    /// <summary>Every real input file, as (path relative to input/, bytes).</summary>
    private static readonly (string Path, byte[] Bytes)[] RealFiles =
        Directory.EnumerateFiles(Corpus.RealInput, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Corpus.RealInput, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToArray();

    private static readonly byte[][] Inserts =
        [.. new[] { "\t", ":", ": ", "\"", "'", "[", "]", "{", "}", "- ", "---\n", "\n", "&a ", "*a", "!!binary ", "|", ">", "#", "%", "@", "`", "[[", "]]", "[@", "\\", "\u00e9", "\ufeff", "\0", "?" }
            .Select(Encoding.UTF8.GetBytes)];

    /// <summary>A real file with one to four mutations: byte flips, truncation, line deletions and duplications, inserted syntax.</summary>
    private static readonly Gen<(string Path, byte[] Bytes)> Mutated =
        Gen.Int[0, RealFiles.Length - 1].SelectMany(i => Gen.Int[1, 4].SelectMany(n => Mutation.Array[n, n].Select(ms =>
        {
            var bytes = RealFiles[i].Bytes;
            foreach (var m in ms) bytes = m(bytes);
            return (RealFiles[i].Path, bytes);
        })));

    private static Gen<Func<byte[], byte[]>> Mutation => Gen.OneOf(
        Gen.Int[0, int.MaxValue].Select(Gen.Byte).Select<(int, byte), Func<byte[], byte[]>>(t => b =>
        {
            if (b.Length == 0) return b;
            var c = (byte[])b.Clone();
            c[t.Item1 % c.Length] = t.Item2;
            return c;
        }),
        Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => b => b[..(int)(b.Length * f)]),
        Gen.Int[0, int.MaxValue].Select<int, Func<byte[], byte[]>>(k => b => EditLines(b, k, delete: true)),
        Gen.Int[0, int.MaxValue].Select<int, Func<byte[], byte[]>>(k => b => EditLines(b, k, delete: false)),
        Gen.Int[0, int.MaxValue].Select(Gen.Int[0, Inserts.Length - 1]).Select<(int, int), Func<byte[], byte[]>>(t => b =>
        {
            var at = b.Length == 0 ? 0 : t.Item1 % (b.Length + 1);
            return [.. b[..at], .. Inserts[t.Item2], .. b[at..]];
        }));

    private static byte[] EditLines(byte[] bytes, int k, bool delete)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var i = k % lines.Count;
        if (delete) lines.RemoveAt(i);
        else lines.Insert(i, lines[i]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Loads the real input with one file replaced, validates it, and checks the outcome within <see cref="Bound"/>.</summary>
    private static void LoadsToDiagnosticsOnly(string relative, byte[] bytes)
    {
        using var folder = new TempFolder();
        var input = folder.Path;
        foreach (var (path, content) in RealFiles)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, path == relative ? bytes : content);
        }
        var diagnostics = new DiagnosticBag();
        var work = Task.Run(() =>
        {
            var content = ContentLoader.Load(input, diagnostics);
            ContentValidator.Validate(content, diagnostics);
        });
        if (!work.Wait(Bound)) throw new TimeoutException($"Loading a mutation of {relative} took longer than {Bound.TotalSeconds} s");
        foreach (var d in diagnostics.Sorted())
        {
            if (!Codes.Contains(d.Code)) throw new InvalidOperationException($"Undocumented code: {d}");
            if (string.IsNullOrEmpty(d.Where.Path) || !d.Where.Path.StartsWith(input.Replace('\\', '/'), StringComparison.Ordinal))
                throw new InvalidOperationException($"Diagnostic without a file of the input: {d}");
            if (d.Where.Line < 0 || d.Where.Column < 0 || (d.Where.Line > 0) != (d.Where.Column > 0))
                throw new InvalidOperationException($"Bad position: {d}");
        }
    }

    [Fact]
    public void Mutated_real_files_load_to_diagnostics_only() =>
        Mutated.Sample(m => LoadsToDiagnosticsOnly(m.Path, m.Bytes), iter: 150, threads: 4);

    /// <summary>Text built from YAML and Markdown fragments, read directly by the entity reader and every data-file reader.</summary>
    private static readonly Gen<string> Fragments = Gen.OneOf<string>(
            "---", "\n", "title: ", "summary: ", "facts:", "  - ", "label: ", "value: ", "source: ", "[", "]", "{", "}", ",", ":", "\"", "'",
            "&x ", "*x", "!!str ", "|", ">-", "#", "\t", "  ", "[[jak2]]", "[[term:HCC|x]]", "[@kim2013]", "[x](javascript:alert(1))",
            "<script>", "> ", "* ", "1. ", "```", "|a|b|\n|-|-|", "tables:", "rows:", "cells: ", "\u03b3", "\ufeff", "\0", "\r\n", "null", "~", "true")
        .Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void Random_yaml_and_markdown_read_to_diagnostics_only()
    {
        Fragments.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var work = Task.Run(() =>
            {
                EntityReader.Read(JakSchema.Schema, JakSchema.Source, "input/sources/x.md", text, diagnostics);
                DataFileReader.Glossary("input/data/glossary.yml", text, diagnostics);
                DataFileReader.Bibliography("input/data/bibliography.yml", text, diagnostics);
                DataFileReader.CurationNotes("input/data/curation-notes.yml", text, diagnostics);
                DataFileReader.Site("input/site.yml", text, diagnostics);
            });
            if (!work.Wait(Bound)) throw new TimeoutException("Reading took longer than the bound: " + text);
            foreach (var d in diagnostics.Sorted())
                if (!Codes.Contains(d.Code) || !d.Where.Path.StartsWith("input/", StringComparison.Ordinal))
                    throw new InvalidOperationException($"Bad diagnostic {d} for: {text}");
        }, iter: 3000, threads: 4);
    }

    [Fact]
    public async Task Deeply_nested_input_is_refused_quickly_not_by_a_stack_overflow()
    {
        foreach (var text in new[]
        {
            "---\ntitle: " + new string('[', 100_000) + "\n---\n",
            "---\ntitle: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "\n---\n",
            "---\ntitle: " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x\n---\n",
            "---\ntitle: T\nsummary: S\n---\n" + new string('>', 20_000) + "\n",
            "---\ntitle: T\nsummary: S\n---\n" + string.Concat(Enumerable.Repeat("* ", 10_000)) + "\n",
            "---\ntitle: T\nsummary: S\n---\n" + new string('[', 20_000) + new string(']', 20_000) + "\n",
            "---\ntitle: T\nsummary: S\n---\n" + string.Concat(Enumerable.Repeat("*a _b ", 10_000)) + "\n",
        })
        {
            var diagnostics = new DiagnosticBag();
            var work = Task.Run(() => EntityReader.Read(JakSchema.Schema, JakSchema.Kinase, "input/kinases/x.md", text, diagnostics));
            Assert.True(await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(10))) == work, "took too long: " + text[..40]);
            await work;
            Assert.All(diagnostics.Sorted(), d => Assert.Contains(d.Code, Codes));
        }
    }

    [Fact]
    public void Utf8_positions_count_characters_not_bytes()
    {
        Gen.String.Sample(s =>
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            return InputFile.FirstInvalidByte(bytes) == -1;
        }, iter: 2000);
        Gen.Byte.Array[0, 64].Sample(b =>
        {
            var strict = new UTF8Encoding(false, true);
            bool valid;
            try { strict.GetString(b); valid = true; } catch (DecoderFallbackException) { valid = false; }
            return valid == (InputFile.FirstInvalidByte(b) == -1);
        }, iter: 5000);
    }
}
