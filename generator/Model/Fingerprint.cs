using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace JakKb.Model;

/// <summary>
/// A hash of everything one output file is made from. Two builds that give a page the same fingerprint render
/// it byte for byte the same, which is what lets an incremental build skip it. XxHash128: fast, and wide enough
/// that a collision (a stale page) is not a practical concern.
/// </summary>
public sealed class Fingerprint
{
    private readonly XxHash128 _hash = new();

    public static UInt128 Of(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    public static UInt128 Of(byte[] content) => XxHash128.HashToUInt128(content);

    /// <summary>
    /// A data item (glossary term, reference, curation note) by every field it has, so a field added to the model
    /// later is covered without anyone remembering to list it here; its position in the file is left out, so
    /// editing one term does not move every term after it.
    /// </summary>
    public static UInt128 OfItem<T>(T item, Func<T, T> withoutPosition) =>
        Of(JsonSerializer.Serialize(withoutPosition(item)));

    public Fingerprint Add(string? text)
    {
        Add(text?.Length ?? -1);
        if (text is not null) _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public Fingerprint Add(byte[] bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    public Fingerprint Add(int value)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));
        return this;
    }

    public Fingerprint Add(UInt128 value)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in value)));
        return this;
    }

    public UInt128 Value => _hash.GetCurrentHashAsUInt128();
}
