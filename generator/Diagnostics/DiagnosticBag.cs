using System.Collections.Concurrent;

namespace JakKb.Diagnostics;

/// <summary>Collects every finding of a build so one run reports all errors, not only the first.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(SourceSpan where, string code, string message) =>
        _items.Enqueue(new Diagnostic(where, Severity.Error, code, message));

    public void Warning(SourceSpan where, string code, string message) =>
        _items.Enqueue(new Diagnostic(where, Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>
    /// Sorted by file, then position, so output is stable across parallel runs; a template error met by
    /// every page is reported once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct().OrderBy(d => d.Where.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Where.Line).ThenBy(d => d.Where.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
