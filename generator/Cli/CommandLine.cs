using System.CommandLine;
using System.CommandLine.Parsing;
using JakKb.Building;
using JakKb.Rendering;
using JakKb.Scaffolding;
using JakKb.Serving;
using Microsoft.AspNetCore.Connections;

namespace JakKb.Cli;

/// <summary>The <c>jakkb</c> command line: build, check, serve and new.</summary>
public static class CommandLine
{
    /// <summary>Runs synchronously; for commands that never wait on a signal (build, check, new) and for tests.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the command. Asynchronous all the way down, so that System.CommandLine's Ctrl+C and SIGTERM handling
    /// reaches <c>serve</c> through its cancellation token; a synchronous Invoke of the async action ignored both.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancel = default)
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
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 65535) r.AddError($"--port must be between 1 and 65535, not {r.GetValueOrDefault<int>()}.");
        });
        foreach (var folder in new Option[] { input, outputDir, theme })
            folder.Validators.Add(NotEmpty);

        BuildOptions Options(ParseResult r, bool write) => new(
            r.GetValue(input)!, r.GetValue(outputDir)!, ResolveTheme(r.GetValue(theme)), r.GetValue(basePath), write, r.GetValue(strict),
            CheckLinks: !write || r.GetValue(checkLinks), Incremental: write && r.GetValue(incremental));

        var build = new Command("build", "Build the site from the input folder into the output folder.") { input, outputDir, theme, basePath, strict, checkLinks, timings, incremental };
        build.SetAction(r => Report(SiteBuilder.Build(Options(r, write: true)), output, r.GetValue(timings)));

        var check = new Command("check", "Validate the content and every link of the site, writing nothing.") { input, theme, basePath, strict, timings };
        check.SetAction(r => Report(SiteBuilder.Build(Options(r, write: false)), output, r.GetValue(timings)));

        var serveOutput = new Option<string?>("--output", "-o") { Description = "Where the preview is written (default: a temporary folder)." };
        serveOutput.Validators.Add(NotEmpty);
        // Removed after the command returns, also when it was cut short at the termination timeout.
        string? preview = null;
        var serve = new Command("serve", "Build, serve on 127.0.0.1, rebuild on change and live-reload the browser.") { input, serveOutput, theme, basePath, port };
        serve.SetAction(async (r, cancel) =>
        {
            if (r.GetValue(serveOutput) is null)
            {
                PreviewFolder.RemoveStale();
                preview = PreviewFolder.For(Environment.ProcessId);
            }
            var options = Options(r, write: true) with { OutputDir = r.GetValue(serveOutput) ?? preview!, Incremental = true };
            try
            {
                return await new DevServer(options, r.GetValue(port), output).RunAsync(cancel);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                error.WriteLine($"jakkb: error JKB9000: port {r.GetValue(port)} on 127.0.0.1 is in use; stop the program using it or pass --port with another number.");
                return ExitCodes.UsageErrors;
            }
        });

        var typeArg = new Argument<string>("type") { Description = "A type input/schema.yml declares, by its name or its folder." };
        var idArg = new Argument<string>("id") { Description = "The new entity's id, a lower-case slug." };
        var create = new Command("new", "Create a fact file from the type's archetype.") { typeArg, idArg, input, theme };
        create.SetAction(r =>
        {
            var (ok, message) = Archetype.Create(new Theme(ResolveTheme(r.GetValue(theme)), r.GetValue(input)), r.GetValue(input)!, r.GetValue(typeArg)!, r.GetValue(idArg)!);
            (ok ? output : error).WriteLine(Diagnostics.Diagnostic.Escape(message));
            return ok ? ExitCodes.Success : ExitCodes.UsageErrors;
        });

        var jsonSchemaDir = new Option<string>("--json-schema") { Description = "The folder to write a JSON Schema into for each entity type's front matter and each data file.", Required = true };
        jsonSchemaDir.Validators.Add(NotEmpty);
        var schema = new Command("schema", "Write the JSON Schemas editors check content with, from the input's schema.yml, without building.") { input, jsonSchemaDir };
        schema.SetAction(r =>
        {
            var diagnostics = new Diagnostics.DiagnosticBag();
            var written = JsonSchemas.JsonSchemaExport.Run(r.GetValue(input)!, r.GetValue(jsonSchemaDir)!, diagnostics);
            foreach (var d in diagnostics.Sorted()) output.WriteLine(d);
            if (diagnostics.HasErrors) return ExitCodes.ContentErrors;
            output.WriteLine($"Wrote {written.Count} JSON Schemas to {Diagnostics.Diagnostic.Escape(r.GetValue(jsonSchemaDir)!)}.");
            return ExitCodes.Success;
        });

        var root = new RootCommand("jakkb: builds the JAK knowledge base from Markdown and YAML fact files.") { build, check, serve, create, schema };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine($"jakkb: error JKB9000: {Diagnostics.Diagnostic.Escape(e.Message)}");
            error.WriteLine("Run 'jakkb --help' for usage.");
            return ExitCodes.UsageErrors;
        }
        // ProcessTerminationTimeout: after Ctrl+C or SIGTERM, the action has this long to stop before the process ends anyway.
        var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(2) }, cancel);
        if (preview is not null) PreviewFolder.Remove(preview);
        return code;
    }

    private static void NotEmpty(OptionResult result)
    {
        if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
            result.AddError($"{result.IdentifierToken?.Value ?? result.Option.Name} needs a folder; it was given an empty value.");
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
