using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/JakKb.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(JakKb.Benchmarks.HotStages).Assembly).Run(args);
