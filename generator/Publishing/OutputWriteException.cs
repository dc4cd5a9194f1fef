namespace JakKb.Publishing;

/// <summary>
/// Writing the new site failed at <see cref="File"/>; nothing was published and the output is as it was.
/// <see cref="Written"/> counts the bytes this build had written by then, so a full disk's message can say how much
/// room a site of this size needs.
/// </summary>
public sealed class OutputWriteException(string file, long written, Exception cause)
    : IOException($"Could not write '{file}': {cause.Message}", cause)
{
    public string File { get; } = file;

    public long Written { get; } = written;

    public bool DiskFull => IsDiskFull(InnerException!);

    /// <summary>
    /// True when <paramref name="e"/> says the disk is full: ENOSPC (28) on Linux, whose I/O exceptions carry the
    /// errno as their HResult; ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows.
    /// </summary>
    public static bool IsDiskFull(Exception e) =>
        e is IOException { HResult: var h } && (h == Enospc || ((h & 0xFFFF) is ErrorDiskFull or ErrorHandleDiskFull && (h >>> 16) == 0x8007));

    /// <summary>ENOSPC, "no space left on device", on Linux.</summary>
    public const int Enospc = 28;

    private const int ErrorDiskFull = 0x70, ErrorHandleDiskFull = 0x27;

    /// <summary>Failures of the file system that mean the output cannot be written, as opposed to bugs.</summary>
    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException;
}
