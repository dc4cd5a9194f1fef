using JakKb.Diagnostics;

namespace JakKb.Rendering;

/// <summary>
/// One file of the site before it is rendered: where it goes, a fingerprint of what it is made from (see
/// <see cref="PageInputs"/>), and how to make it (null when rendering failed and said why). <see cref="Reached"/>
/// tells whether an edit can have changed the fingerprint; without it, it always can. <see cref="InputPath"/> is the
/// contributor's file the page shows, if one, for a diagnostic to name.
/// </summary>
public sealed record PlannedFile(string Path, bool IsPage, Func<UInt128> Inputs, Func<DiagnosticBag, byte[]?> Produce, Func<EditReach, bool>? Reached = null,
    string? InputPath = null);
