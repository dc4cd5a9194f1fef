using System.Runtime.InteropServices;

namespace JakKb.Publishing;

/// <summary>Exchanges two directories in one step where the OS allows it, so readers never see a half-written site.</summary>
internal static partial class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    /// <summary>
    /// Makes <paramref name="fresh"/> the content of <paramref name="target"/>; the previous content ends up at
    /// <paramref name="fresh"/>'s path for the caller to delete.
    /// </summary>
    public static void Exchange(string fresh, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(fresh, target);
            return;
        }
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (RenameAt2(AtFdCwd, fresh, AtFdCwd, target, RenameExchange) == 0) return;
            }
            catch (EntryPointNotFoundException)
            {
                // Old C libraries lack renameat2; the two-step move below is the fallback.
            }
        }
        var parked = fresh + ".previous";
        Directory.Move(target, parked);
        Directory.Move(fresh, target);
        Directory.Move(parked, fresh);
    }
}
