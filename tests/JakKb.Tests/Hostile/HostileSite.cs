using System.Text;
using System.Text.Json;

namespace JakKb.Tests.Hostile;

/// <summary>
/// A site whose every contributor-written field holds every hostile payload. Shared by the HTML checks here and
/// the browser checks in JakKb.BrowserTests, which compile this file too.
/// </summary>
public static class HostileSite
{
    public static readonly string All = string.Join(" ", Payloads.Text);

    /// <summary>A YAML double-quoted string; JSON's escapes are valid YAML.</summary>
    private static string Q(string text) => JsonSerializer.Serialize(text);

    /// <summary>The same text with no '[' or ']', for places where brackets end the construct (wiki-link labels).</summary>
    private static string NoBrackets(string text) => text.Replace("[", "(").Replace("]", ")");

    /// <summary>Every field of every file kind, each holding all the text payloads.</summary>
    public static void Write(string input)
    {
        void W(string path, string text)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        var p = Q(All);
        var body = new StringBuilder();
        foreach (var payload in Payloads.Text)
        {
            body.Append(payload).Append("\n\n");
            body.Append("* ").Append(payload).Append('\n');
            body.Append("| a | b |\n| --- | --- |\n| ").Append(payload.Replace("|", "\\|")).Append(" | x |\n\n");
            body.Append("[[jak2|").Append(NoBrackets(payload).Replace("]]", ")")).Append("]] and [[term:HCC|").Append(NoBrackets(payload)).Append("]]\n\n");
            body.Append("[a link](https://example.org/ ").Append(Q(payload)).Append(")\n\n");
            body.Append("`").Append(payload.Replace("`", "'")).Append("`\n\n");
        }
        foreach (var address in Payloads.InertLinkAddresses) body.Append('[').Append(address).Append("](").Append(address).Append(")\n\n");
        body.Append("```html\n").Append(All).Append("\n```\n\n# ").Append(NoBrackets(Payloads.Text[0])).Append("\n\n> ").Append(All).Append('\n');

        W("site.yml", $"title: {p}\ndescription: {p}\nrepository: https://example.org/repo\n");
        W("schema.yml", File.ReadAllText(Path.Combine(Support.RepoPaths.Input, "schema.yml")));
        W("sources/doc.md", $"""
            ---
            title: {Q("Doc " + All)}
            summary: {p}
            aliases: [{p}, {Q(Payloads.Text[2])}]
            authors: {p}
            title_full: {p}
            journal: {p}
            year: {p}
            volume: {p}
            pages: {p}
            published: {p}
            url: https://example.org/doc
            tables:
              - id: table-1
                caption: {p}
                columns: [{p}, {Q(Payloads.Text[4])}]
                rows:
                  - cells: [{p}, {Q(Payloads.Text[8])}]
                    concerns: [jak2]
                    cites: [kim2013]
                    corrections:
                      - column: 2
                        printed: {p}
                        note: n1
            ---
            Source about [[jak2]], [[rux]], [[t1]], [[il-6]] and [[hcc]].

            {body}
            """);
        W("kinases/jak2.md", $"""
            ---
            title: {Q("JAK2 " + All)}
            aliases: [{p}]
            summary: {p}
            identifiers:
              - scheme: doi
                value: "10.1000/x"
                source: {p}
            properties:
              - label: {p}
                value: {p}
                source: {p}
            implicated_in: [hcc]
            notes: [n1]
            facts:
              - id: f1
                label: {p}
                value: {p}
                unit: {p}
                comparator: {p}
                n: {p}
                p: {p}
                timeframe: {p}
                source: doc
                locator: {p}
                cites: [kim2013]
                concerns: [rux]
                notes: [n1]
            ---
            {body}
            """);
        W("drugs/rux.md", $"---\ntitle: {Q("Rux " + All)}\nsummary: {p}\ntargets: [jak2]\n---\n{body}\n");
        W("trials/t1.md", $"---\ntitle: {Q("Trial " + All)}\nsummary: {p}\ndesign: {p}\nphase: {p}\npopulation: {p}\nn: {p}\ntests: [rux]\nconditions: [hcc]\n---\n{body}\n");
        W("cytokines/il-6.md", $"---\ntitle: {Q("IL-6 " + All)}\nsummary: {p}\nreceptor_chains: [{p}, {p}]\njak_dependent: true\nsignals_via: [jak2]\n---\n{body}\n");
        W("conditions/hcc.md", $"---\ntitle: {Q("HCC " + All)}\nsummary: {p}\n---\n{body}\n");
        W("data/glossary.yml", $"- term: HCC\n  expansion: {p}\n  definition: {p}\n  aliases: [{Q("hcc " + All)}]\n- term: {Q("T " + All)}\n  definition: {p}\n");
        W("data/bibliography.yml", $"- key: kim2013\n  authors: {p}\n  title: {p}\n  journal: {p}\n  year: {p}\n  details: {p}\n  status: garbled\n  status_note: {p}\n  cited_by:\n    - source: doc\n      number: 1\n  notes: [n1]\n");
        W("data/curation-notes.yml", $"- id: n1\n  title: {p}\n  source: doc\n  locator: {p}\n  text: {Q(body.ToString())}\n");
    }
}
