using System.Buffers;
using System.Text;
using JakKb.Diagnostics;

namespace JakKb.Loading;

/// <summary>Reads a contributor's file strictly: UTF-8 only, bounded in size, never through a symbolic link, never a pipe or device.</summary>
public static class InputFile
{
    /// <summary>No fact file needs more; the limit keeps a stray binary or generated dump from stalling a build.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.LinkTarget is not null)
            {
                diagnostics.Error(SourceSpan.File(displayPath), DiagnosticCodes.SymbolicLink,
                    $"'{displayPath}' is a symbolic link (to '{info.LinkTarget}'); replace it with the file itself.");
                return null;
            }
            // Pipes, sockets and devices report a length of 0, so only empty-looking files pay for the type check.
            if (info.Length == 0 && !FileKind.IsRegularOrFolder(fullPath))
            {
                diagnostics.Error(SourceSpan.File(displayPath), DiagnosticCodes.NotRegularFile, NotRegularMessage(displayPath));
                return null;
            }
            if (info.Length > MaxBytes)
            {
                diagnostics.Error(SourceSpan.File(displayPath), DiagnosticCodes.FileTooLarge,
                    $"File is {info.Length:N0} bytes; the limit is {MaxBytes:N0}. Split it into smaller files.");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceSpan.File(displayPath), DiagnosticCodes.FileUnreadable, $"File cannot be read ({e.Message}); check its permissions.");
            return null;
        }
        var invalid = FirstInvalidByte(bytes);
        if (invalid >= 0)
        {
            var (line, column) = PositionOf(bytes, invalid);
            diagnostics.Error(new SourceSpan(displayPath, line, column), DiagnosticCodes.NotUtf8,
                $"Byte 0x{bytes[invalid]:X2} here is not valid UTF-8; re-save the file as UTF-8.");
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    public static string NotRegularMessage(string displayPath) =>
        $"'{displayPath}' is a named pipe, socket or device, not a regular file; remove it from the input (it is never opened: reading a pipe waits forever).";

    /// <summary>The index of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80) { i++; continue; }
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    /// <summary>1-based line and column of a byte, counting characters (not bytes) as editors do.</summary>
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
