namespace JakKb.Diagnostics;

/// <summary>A place in a contributor's file; line and column are 1-based, as editors count.</summary>
public sealed record SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
