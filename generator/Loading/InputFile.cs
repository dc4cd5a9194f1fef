using System.Text;
using JakKb.Diagnostics;

namespace JakKb.Loading;

/// <summary>Reads a contributor's file strictly: UTF-8 only, bounded in size.</summary>
public static class InputFile
{
    /// <summary>No fact file needs more; the limit keeps a stray binary or generated dump from stalling a build.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(fullPath);
        if (info.Length > MaxBytes)
        {
            diagnostics.Error(SourceSpan.File(displayPath), DiagnosticCodes.FileTooLarge,
                $"File is {info.Length:N0} bytes; the limit is {MaxBytes:N0}. Split it into smaller files.");
            return null;
        }
        var bytes = File.ReadAllBytes(fullPath);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = PositionOf(bytes, e.Index);
            diagnostics.Error(new SourceSpan(displayPath, line, column), DiagnosticCodes.NotUtf8,
                "File is not valid UTF-8; re-save it as UTF-8.");
            return null;
        }
    }

    private static (int Line, int Column) PositionOf(byte[] bytes, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == '\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
