namespace JakKb.Publishing;

/// <summary>
/// How publishing puts one file's bytes on disk: <see cref="File.WriteAllBytes(string, byte[])"/>, except in tests,
/// which pass a writer that fails the way a full disk does (no test may fill a real disk, nor mount a small one).
/// </summary>
public delegate void FileWrite(string path, byte[] content);
