namespace JakKb.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
