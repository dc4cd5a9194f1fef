using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JakKb.Building;
using JakKb.Diagnostics;
using JakKb.Tests.BadInput;

using JakKb.Tests.Support;

namespace JakKb.Tests.Hostile;

/// <summary>
/// Puts every hostile payload into every kind of field a contributor writes, builds the site, and reads every
/// page with an HTML parser: no element or attribute may come from a payload, and each payload must still be
/// there as visible text (escaped, not dropped).
/// </summary>
public class HostileContentTests
{
    private static readonly string All = HostileSite.All;

    [Fact]
    public void Payloads_in_every_field_come_out_as_text_never_as_markup()
    {
        using var folder = new TempFolder();
        var temp = folder.Path;
        var input = Path.Combine(temp, "input");
        HostileSite.Write(input);
        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(temp, "out"), Corpus.Theme, Write: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var parser = new HtmlParser();
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        var problems = new List<string>();
        foreach (var page in pages)
        {
            using var doc = parser.ParseDocument(Encoding.UTF8.GetString(page.Content));
            problems.AddRange(Inspect(doc).Select(p => $"{page.Path}: {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));

        // Nothing lost: the payloads are on the pages as text, exactly as written.
        using var jak2 = parser.ParseDocument(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kinases/jak2/index.html").Content));
        Assert.Contains("JAK2 " + All, jak2.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("JAK2 " + All, jak2.Title!, StringComparison.Ordinal);
        foreach (var payload in Payloads.Text) Assert.Contains(payload, jak2.Body!.TextContent, StringComparison.Ordinal);

        // The search index is data: valid JSON whose strings hold the payloads verbatim.
        var index = JsonDocument.Parse(result.Files.Single(f => f.Path == "search-index.json").Content);
        Assert.Contains(index.RootElement.EnumerateArray(), e => e.GetProperty("t").GetString() == "JAK2 " + All);
    }

    [Fact]
    public void The_inspector_catches_what_it_looks_for()
    {
        using var doc = new HtmlParser().ParseDocument(
            "<p><img src=x onerror=alert(1)><a href=' jAvA\tscript:alert(2)'>x</a><a href='data:text/html,x'>y</a><a href='VBScript:x'>v</a><a href='file:///etc/passwd'>f</a><a href='data:image/svg+xml,x'>s</a><a href='irc://x/'>i</a><a href='data:image/png;base64,x'>p</a><script>alert(3)</script><iframe></iframe><a href='../ok/'>z</a></p>");
        Assert.Equal(9, Inspect(doc).Count()); // <img>, onerror, javascript:, data:text/html, vbscript:, file:, data:image/svg+xml hrefs, <script>, <iframe>
    }

    private static readonly HashSet<string> ForeignElements =
        ["iframe", "object", "embed", "base", "textarea", "math", "mglyph", "mtext", "style", "frame", "frameset", "applet", "img", "meta[http-equiv]"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcdoc", "xlink:href", "poster", "data", "background", "ping"];

    /// <summary>Everything in a parsed page that a payload could have planted.</summary>
    private static IEnumerable<string> Inspect(IDocument doc)
    {
        foreach (var e in doc.All)
        {
            var tag = e.LocalName;
            if (ForeignElements.Contains(tag)) yield return $"<{tag}> element";
            if (tag == "meta" && e.HasAttribute("http-equiv") && !string.Equals(e.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                yield return "<meta http-equiv> other than the theme's CSP";
            if (tag == "script" && (!(e.GetAttribute("src") ?? "").EndsWith("assets/site.js", StringComparison.Ordinal) || e.TextContent.Length > 0))
                yield return $"<script> that is not the theme's: {e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]}";
            if (tag == "form" && !e.ClassList.Contains("search")) yield return "<form> that is not the theme's search";
            foreach (var a in e.Attributes)
            {
                if (a.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"event handler {a.Name} on <{tag}>";
                if (a.LocalName is "style" && a.Value.Contains("display", StringComparison.OrdinalIgnoreCase)) yield return $"payload style on <{tag}>";
                if (a.LocalName is "autofocus") yield return $"autofocus on <{tag}>";
                if (UrlAttributes.Contains(a.Name) && !IsHarmlessUrl(a.Value)) yield return $"{a.Name}=\"{a.Value}\" on <{tag}>";
            }
        }
    }

    /// <summary>
    /// A URL a browser resolves to this site (relative) or to a scheme that runs nothing here: not javascript:,
    /// vbscript:, file:, nor data: other than a PNG, GIF, JPEG or WebP image. Tabs, newlines and leading space are
    /// stripped as browsers do.
    /// </summary>
    private static bool IsHarmlessUrl(string value)
    {
        var cleaned = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim('\0', ' ', '\f', '\u000B').ToLowerInvariant();
        if (cleaned.Contains("alert(", StringComparison.Ordinal) || cleaned.Contains("evil.example", StringComparison.Ordinal)) return false;
        var colon = cleaned.IndexOf(':');
        var cut = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (cut >= 0 && cut < colon)) return true;
        return cleaned[..colon] switch
        {
            "javascript" or "vbscript" or "file" => false,
            "data" => cleaned.StartsWith("data:image/png;", StringComparison.Ordinal) || cleaned.StartsWith("data:image/gif;", StringComparison.Ordinal)
                || cleaned.StartsWith("data:image/jpeg;", StringComparison.Ordinal) || cleaned.StartsWith("data:image/webp;", StringComparison.Ordinal),
            _ => true,
        };
    }

    public static TheoryData<int> AddressIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Payloads.LinkAddresses.Count; i++) data.Add(i);
        return data;
    }

    /// <summary>
    /// Each dangerous address, as an inline link, an image, a reference link and an autolink: the build either
    /// refuses it with JKB0053 at the link, or (where Markdown does not read it as a link at all) writes only text.
    /// </summary>
    [Theory]
    [MemberData(nameof(AddressIndexes))]
    public void Dangerous_link_addresses_are_reported_as_JKB0053_or_never_become_dangerous_links(int index)
    {
        var address = Payloads.LinkAddresses[index];
        var forms = new[] { $"[click]({address})", $"![img]({address})", $"[click][evil]\n\n[evil]: {address}", $"<{address}>" };
        foreach (var form in forms)
        {
            using var folder = new TempFolder();
            var temp = folder.Path;
            var input = Path.Combine(temp, "input");
            Corpus.CopyDir(Path.Combine(Corpus.CasesDir, "valid-site", "input"), input);
            File.AppendAllText(Path.Combine(input, "kinases", "jak2.md"), "\n" + form + "\n");
            var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(temp, "out"), Corpus.Theme, Write: false));
            if (!result.Succeeded)
            {
                var d = Assert.Single(result.Diagnostics, d => d.IsError);
                // "%20javascript:" and "jav\0ascript:" have no scheme (one starts [A-Za-z][A-Za-z0-9+.-]*:): browsers read
                // them as relative paths, harmless, and the link check refuses them as naming no file of the site.
                if (d.Code == DiagnosticCodes.BrokenOutputLink) continue;
                Assert.Equal(DiagnosticCodes.UnsafeUrl, d.Code);
                Assert.Equal(Path.Combine(input, "kinases", "jak2.md").Replace('\\', '/'), d.Where.Path);
                Assert.Equal(13, d.Where.Line);
                continue;
            }
            using var doc = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "kinases/jak2/index.html").Content));
            var planted = Inspect(doc).ToList();
            Assert.True(planted.Count == 0, $"{form}: {string.Join("; ", planted)}");
        }
    }
}
