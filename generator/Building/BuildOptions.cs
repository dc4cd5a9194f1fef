using JakKb.Publishing;

namespace JakKb.Building;

/// <summary>What to build and where; passed in, never read from globals, so tests can build many sites side by side.</summary>
// CheckLinks resolves every link of the rendered site before publishing: on for `check` and tests, opt-in for `build`.
// Incremental re-renders only what changed since the last build into the same output (see IncrementalBuild).
// LockWait is how long to wait for another build of the same output (default OutputLock.DefaultWait); WriteFile is how
// files reach the disk, replaced only by tests that make it fail as a full disk does.
public sealed record BuildOptions(string InputDir, string OutputDir, string ThemeDir, string? BasePath = null, bool Write = true, bool Strict = false,
    bool CheckLinks = true, bool Incremental = false, TimeSpan? LockWait = null, FileWrite? WriteFile = null);
