using JakKb.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = JakKb.Diagnostics.SourceSpan;

namespace JakKb.Rendering;

/// <summary>
/// Every layout and partial of the theme, parsed once per build and shared by all rendering threads
/// (a parsed Scriban template is immutable; each render gets its own context).
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;

    private TemplateSet(Dictionary<string, Template> layouts, Dictionary<string, Template> partials)
    {
        _layouts = layouts;
        _partials = partials;
    }

    public static TemplateSet Load(Theme theme, DiagnosticBag diagnostics)
    {
        return new TemplateSet(ParseAll(theme.FilesUnder(Theme.Layouts), diagnostics), ParseAll(theme.FilesUnder(Theme.Partials), diagnostics));
    }

    /// <summary>The layout for <paramref name="name"/>, falling back to <c>_default</c> as Hugo does.</summary>
    public Template? Layout(string name) =>
        _layouts.GetValueOrDefault(name + ".sbn") ?? _layouts.GetValueOrDefault("_default.sbn");

    public bool HasLayout(string name) => _layouts.ContainsKey(name + ".sbn");

    // Scriban's built-in functions are a large object; building it per render cost more than the render itself.
    private readonly BuiltinFunctions _builtins = new();

    /// <summary>
    /// Renders a page: <paramref name="layout"/> first, its output becoming <c>content</c> for <paramref name="baseLayout"/>,
    /// in one template context. Runtime errors become diagnostics at the template line.
    /// </summary>
    public string? RenderPage(Template layout, Template baseLayout, ScriptObject model, DiagnosticBag diagnostics)
    {
        var context = NewContext(model);
        var content = Render(layout, context, diagnostics);
        if (content is null) return null;
        model["content"] = Model.Html.Trusted(content);
        return Render(baseLayout, context, diagnostics);
    }

    private TemplateContext NewContext(ScriptObject model)
    {
        var context = new TemplateContext(_builtins)
        {
            TemplateLoader = this,
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
            LoopLimit = 0,
            // Index pages grow with the knowledge base (the reference index lists every citing page); no output cap.
            LimitToString = 0,
            RecursiveLimit = 50,
        };
        foreach (var (name, partial) in _partials) context.CachedTemplates[name] = partial;
        context.PushGlobal(model);
        return context;
    }

    private static string? Render(Template template, TemplateContext context, DiagnosticBag diagnostics)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(At(e.Span), DiagnosticCodes.TemplateError, $"Template failed: {e.OriginalMessage}. Fix the template at this line.");
            return null;
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
        templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"No partial '{templatePath}' in the theme's partials folder");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"No partial '{templatePath}' in the theme's partials folder");

    private static Dictionary<string, Template> ParseAll(IReadOnlyDictionary<string, string> files, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (name, path) in files.Where(f => f.Key.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            var template = Template.Parse(File.ReadAllText(path), path);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error(At(message.Span), DiagnosticCodes.TemplateError, $"Template does not parse: {message.Message}.");
                continue;
            }
            result[name] = template;
        }
        return result;
    }

    private static SourceSpan At(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
