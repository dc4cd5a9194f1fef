using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Synth;

internal static partial class Writers
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    private static Map FrontMatter(Entity e)
    {
        var fm = new Map()
            .Add("title", e.Title)
            .Add("aliases", e.Aliases.Count > 0 ? e.Aliases : null)
            .Add("summary", e.Summary);
        fm.AddRange(e.Fields);
        foreach (var (field, ids) in e.Relations)
        {
            fm.Add(field, ids);
        }
        fm.Add("facts", e.Facts);
        return fm;
    }

    private static string Document(Map fm, string body)
    {
        var sb = new StringBuilder("---\n");
        Yaml.WriteMap(sb, fm, 0, dash: false);
        sb.Append("---\n").Append(body);
        return sb.ToString();
    }

    private static List<Map> GlossaryYaml(KnowledgeBase kb) => kb.Glossary
        .Select(t => new Map()
            .Add("term", t.Term)
            .Add("expansion", t.Expansion)
            .Add("definition", t.Definition)
            .Add("aliases", t.Aliases.Count > 0 ? t.Aliases : null))
        .ToList();

    // ------------------------------------------------------------------ JakKb

    public static void WriteJakKb(KnowledgeBase kb, string dir)
    {
        Directory.CreateDirectory(dir);
        Write(Path.Combine(dir, "site.yml"), "title: Synthetic\n");
        // The synthetic knowledge base has the JAK site's types, so it declares the JAK site's schema.
        Write(Path.Combine(dir, "schema.yml"), File.ReadAllText(JakSchemaFile()));
        foreach (var e in kb.Entities)
        {
            Write(Path.Combine(dir, e.Section, e.Id + ".md"), Document(FrontMatter(e), e.Body));
        }
        Write(Path.Combine(dir, "data", "glossary.yml"), Yaml.List(GlossaryYaml(kb)));
        Write(Path.Combine(dir, "data", "bibliography.yml"), Yaml.List(kb.Bibliography.Select(r => r.Record).ToList()));
        Write(Path.Combine(dir, "data", "curation-notes.yml"), "[]\n");
    }

    /// <summary>input/schema.yml of the repository this tool is built in, found upward from the binary.</summary>
    private static string JakSchemaFile()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "JakKb.sln"))) return Path.Combine(d.FullName, "input", "schema.yml");
        throw new InvalidOperationException("JakKb.sln not found above " + AppContext.BaseDirectory + "; run Synth from the repository.");
    }

    // ------------------------------------------------------------------ Hugo

    /// <summary>Front-matter keys Hugo reserves (aliases = redirect pages, url = permalink, published = publish date)
    /// or whose taxonomy URL would collide with a section (/conditions/).</summary>
    private static readonly Dictionary<string, string> HugoRenames = new(StringComparer.Ordinal)
    {
        ["aliases"] = "alt_names",
        ["url"] = "source_url",
        ["published"] = "published_on",
        ["conditions"] = "trial_conditions",
    };

    public static void WriteHugo(KnowledgeBase kb, string dir)
    {
        Directory.CreateDirectory(dir);
        CopyEmbedded(dir);
        var content = Path.Combine(dir, "content");
        Write(Path.Combine(content, "_index.md"), "---\ntitle: \"Synthetic\"\n---\n");
        foreach (var (section, title) in new[] { ("kinases", "Kinases"), ("drugs", "Drugs"), ("trials", "Trials"), ("cytokines", "Cytokines"), ("conditions", "Conditions"), ("sources", "Sources") })
        {
            Write(Path.Combine(content, section, "_index.md"), $"---\ntitle: \"{title}\"\n---\n");
        }
        foreach (var (name, title) in new[] { ("glossary", "Glossary"), ("references", "References"), ("curation-notes", "Curation notes") })
        {
            Write(Path.Combine(content, name + ".md"), $"---\ntitle: \"{title}\"\nlayout: \"{name}\"\n---\n");
        }
        foreach (var e in kb.Entities)
        {
            var fm = new Map();
            foreach (var (key, value) in FrontMatter(e))
            {
                fm.Add(HugoRenames.GetValueOrDefault(key, key), value);
            }
            Write(Path.Combine(content, e.Section, e.Id + ".md"), Document(fm, HugoBody(kb, e.Body)));
        }
        Write(Path.Combine(dir, "data", "glossary.yml"), Yaml.List(GlossaryYaml(kb)));
        Write(Path.Combine(dir, "data", "bibliography.yml"), Yaml.List(kb.Bibliography.Select(r => r.Record).ToList()));
        Write(Path.Combine(dir, "data", "curation-notes.yml"), "[]\n");
    }

    [GeneratedRegex(@"\[\[(?:(?<type>[a-z]+):)?(?<id>[^\]|]+)(?:\|(?<text>[^\]]+))?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"\[(?<keys>@[^\]\[]+)\]")]
    private static partial Regex Citation();

    /// <summary>Rewrites JakKb-only syntax to plain Markdown links (Hugo has no wiki links or citations).</summary>
    private static string HugoBody(KnowledgeBase kb, string body)
    {
        body = WikiLink().Replace(body, m =>
        {
            var id = m.Groups["id"].Value;
            if (m.Groups["type"].Value == "term")
            {
                var t = kb.TermByName[id];
                return $"[{t.Term}](/glossary/#{t.Anchor})";
            }
            var e = kb.ById[id];
            var text = m.Groups["text"].Success ? m.Groups["text"].Value : e.Title;
            return $"[{text}](/{e.Section}/{e.Id}/)";
        });
        return Citation().Replace(body, m => string.Join(
            "",
            m.Groups["keys"].Value.Split(';', StringSplitOptions.TrimEntries)
                .Select(k => kb.RefByKey[k.TrimStart('@')])
                .Select(r => $"[[{r.Number}]](/references/#{r.Key})")));
    }

    private static void CopyEmbedded(string dir)
    {
        var asm = Assembly.GetExecutingAssembly();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("hugo/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Utf8);
            Write(Path.Combine(dir, name["hugo/".Length..].Replace('\\', '/')), reader.ReadToEnd());
        }
    }
}
