return await JakKb.Cli.CommandLine.RunAsync(args, Console.Out, Console.Error);
