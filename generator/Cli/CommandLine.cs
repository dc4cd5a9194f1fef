using System.CommandLine;
using JakKb.Building;
using JakKb.Rendering;
using JakKb.Scaffolding;
using JakKb.Serving;

namespace JakKb.Cli;

/// <summary>The <c>jakkb</c> command line: build, check, serve and new.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
        var outputDir = new Option<string>("--output", "-o") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
        var theme = new Option<string?>("--theme") { Description = "The theme folder (default: ./theme, else the one shipped with jakkb)." };
        var basePath = new Option<string?>("--base-path") { Description = "The path the site is served under, e.g. /jakkb/ for a project site." };
        basePath.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && Model.SiteConfig.BasePathProblem(value) is { } problem)
                r.AddError($"--base-path '{value}' is not a plain path: {problem}; pass '/' or '/name/', e.g. '/jakkb/'.");
        });
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var checkLinks = new Option<bool>("--check-links") { Description = "Also resolve every link of the built site before publishing (jakkb check always does)." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took." };
        var incremental = new Option<bool>("--incremental") { Description = "Re-render only the pages a change affects since the last build into the same output (the result is identical to a full build)." };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1.", DefaultValueFactory = _ => 5080 };

        BuildOptions Options(ParseResult r, bool write) => new(
            r.GetValue(input)!, r.GetValue(outputDir)!, ResolveTheme(r.GetValue(theme)), r.GetValue(basePath), write, r.GetValue(strict),
            CheckLinks: !write || r.GetValue(checkLinks), Incremental: write && r.GetValue(incremental));

        var build = new Command("build", "Build the site from the input folder into the output folder.") { input, outputDir, theme, basePath, strict, checkLinks, timings, incremental };
        build.SetAction(r => Report(SiteBuilder.Build(Options(r, write: true)), output, r.GetValue(timings)));

        var check = new Command("check", "Validate the content and every link of the site, writing nothing.") { input, theme, basePath, strict, timings };
        check.SetAction(r => Report(SiteBuilder.Build(Options(r, write: false)), output, r.GetValue(timings)));

        var serveOutput = new Option<string?>("--output", "-o") { Description = "Where the preview is written (default: a temporary folder)." };
        var serve = new Command("serve", "Build, serve on 127.0.0.1, rebuild on change and live-reload the browser.") { input, serveOutput, theme, basePath, port };
        serve.SetAction(async (r, cancel) =>
        {
            var options = Options(r, write: true) with
            {
                OutputDir = r.GetValue(serveOutput) ?? Path.Combine(Path.GetTempPath(), $"jakkb-serve-{Environment.ProcessId}"),
                Incremental = true,
            };
            return await new DevServer(options, r.GetValue(port), output).RunAsync(cancel);
        });

        var typeArg = new Argument<string>("type") { Description = "kinase, drug, trial, cytokine, condition or source." };
        var idArg = new Argument<string>("id") { Description = "The new entity's id, a lower-case slug." };
        var create = new Command("new", "Create a fact file from the type's archetype.") { typeArg, idArg, input, theme };
        create.SetAction(r =>
        {
            var (ok, message) = Archetype.Create(new Theme(ResolveTheme(r.GetValue(theme)), r.GetValue(input)), r.GetValue(input)!, r.GetValue(typeArg)!, r.GetValue(idArg)!);
            (ok ? output : error).WriteLine(Diagnostics.Diagnostic.Escape(message));
            return ok ? ExitCodes.Success : ExitCodes.UsageErrors;
        });

        var root = new RootCommand("jakkb: builds the JAK knowledge base from Markdown and YAML fact files.") { build, check, serve, create };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"jakkb: error JKB9000: {Diagnostics.Diagnostic.Escape(e.Message)}");
            error.WriteLine("Run 'jakkb --help' for usage.");
            return ExitCodes.UsageErrors;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Report(BuildResult result, TextWriter output, bool timings)
    {
        BuildReport.Print(result, output, timings);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    private static string ResolveTheme(string? theme)
    {
        if (theme is not null) return theme;
        return Directory.Exists("theme") ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
    }
}
