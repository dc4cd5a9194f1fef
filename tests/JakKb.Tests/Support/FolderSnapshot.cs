using System.Security.Cryptography;

namespace JakKb.Tests.Support;

public static class FolderSnapshot
{
    /// <summary>Every file under <paramref name="dir"/> by relative path, with a hash of its bytes.</summary>
    public static Dictionary<string, string> Of(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
