using JakKb.Diagnostics;
using JakKb.Model;

namespace JakKb.Validation;

/// <summary>
/// Each entity's findings, kept between the builds of one <c>serve</c> session: walking every page's Markdown is
/// most of validation, and an edit changes one file of thousands. Dropped whole when the ids, keys or terms that
/// exist change, since any entity's findings may depend on them.
/// </summary>
public sealed class ValidationCache
{
    private readonly EntityMemo<IReadOnlyList<Diagnostic>> _findings = new();
    private UInt128 _known;

    internal Func<Entity, IReadOnlyList<Diagnostic>> For(IReadOnlyList<Entity> entities, UInt128 known, Func<Entity, IReadOnlyList<Diagnostic>> check)
    {
        if (known != _known)
        {
            _findings.Clear();
            _known = known;
        }
        _findings.KeepOnly(entities);
        return e => _findings.Get(e, check);
    }
}
