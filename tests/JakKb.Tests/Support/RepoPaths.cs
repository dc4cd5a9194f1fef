namespace JakKb.Tests.Support;

/// <summary>Finds the repository from the test binary, so tests use the real theme and input.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JakKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("JakKb.sln not found above " + AppContext.BaseDirectory);
    }
}
