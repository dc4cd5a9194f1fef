return JakKb.Cli.CommandLine.Run(args, Console.Out, Console.Error);
