using JakKb.Diagnostics;

namespace JakKb.Rendering;

/// <summary>
/// One file of the site before it is rendered: where it goes, a fingerprint of what it is made from (see
/// <see cref="PageInputs"/>), and how to make it (null when rendering failed and said why). An entity's page
/// names the entity's file.
/// </summary>
public sealed record PlannedFile(string Path, bool IsPage, Func<UInt128> Inputs, Func<DiagnosticBag, byte[]?> Produce, string? EntityFile = null);
