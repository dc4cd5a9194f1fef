namespace JakKb.Diagnostics;

/// <summary>
/// The net under each per-file stage (loading a file, checking an entity, rendering a page, and the build as a
/// whole): whatever a file does to the generator, the contributor gets JKB9999 naming the file, exit code 1 and
/// the previous output as it was, never a stack trace and a half-done build.
/// </summary>
public static class InternalError
{
    /// <summary>Runs <paramref name="work"/> for <paramref name="file"/>; an exception becomes JKB9999 at the file and the default of <typeparamref name="T"/>.</summary>
    public static T? Guard<T>(string file, DiagnosticBag diagnostics, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Report(file, e, diagnostics);
            return default;
        }
    }

    public static void Report(string file, Exception e, DiagnosticBag diagnostics) =>
        diagnostics.Error(SourceSpan.File(file), DiagnosticCodes.InternalError,
            $"Internal error while processing {file}: {Printable(e.GetType().Name + ": " + e.Message)} This is a bug in JakKb; " +
            "please report it with this message. The previous output was left as it was.");

    /// <summary>An exception's message can quote the input; control characters in it would forge lines of the build log.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}
