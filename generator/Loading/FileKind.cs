using System.Runtime.InteropServices;

namespace JakKb.Loading;

/// <summary>
/// Tells a regular file from a named pipe, socket or device. Opening a named pipe for reading waits for a writer,
/// forever if none comes, so such files are refused before they are opened. .NET reports no file type beyond
/// "directory" and "link" (<see cref="FileAttributes"/> and <see cref="UnixFileMode"/> hold none), hence the call
/// to the C library: <c>statx</c> on Linux, whose result has the same layout on every architecture, and
/// <c>lstat</c> on macOS. Windows has no such files in a folder tree.
/// </summary>
public static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>
    /// True for a regular file or a folder, and wherever the type cannot be told; false for a pipe, socket or device,
    /// and for a symbolic link unless <paramref name="followLinks"/> asks for the type of what it points to.
    /// </summary>
    public static bool IsRegularOrFolder(string path, bool followLinks = false)
    {
        var mode = Mode(path, followLinks);
        return mode is null || (mode & TypeMask) is Regular or Directory;
    }

    private static unsafe int? Mode(string path, bool followLinks)
    {
        var buffer = stackalloc byte[512];
        if (OperatingSystem.IsLinux())
        {
            const int CurrentFolder = -100, NoFollow = 0x100, WantType = 0x1;
            // struct statx: stx_mode is the 16-bit field at offset 28.
            return StatX(CurrentFolder, path, followLinks ? 0 : NoFollow, WantType, buffer) == 0 ? *(ushort*)(buffer + 28) : null;
        }
        if (OperatingSystem.IsMacOS())
            // struct stat: st_mode is the 16-bit field after the 32-bit st_dev.
            return (followLinks ? Stat(path, buffer) : LStat(path, buffer)) == 0 ? *(ushort*)(buffer + 4) : null;
        return null;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int StatX(int folder, string path, int flags, uint mask, byte* result);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Stat(string path, byte* result);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* result);
}
