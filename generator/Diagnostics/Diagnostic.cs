namespace JakKb.Diagnostics;

/// <summary>
/// One finding about the input, printed in MSBuild's canonical form
/// (<c>path(line,col): error JKB0001: message</c>) so editors and CI annotate it.
/// </summary>
public sealed record Diagnostic(SourceSpan Where, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Where}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
