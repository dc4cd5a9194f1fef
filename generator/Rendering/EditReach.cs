using JakKb.Model;

namespace JakKb.Rendering;

/// <summary>
/// What an edit of entity files can have changed, found from the changed files alone (see
/// <see cref="PageInputs.ReachFrom"/>): a <c>serve</c> rebuild fingerprints only the pages it reaches, and every
/// other page keeps the fingerprint it had. <see cref="EntityFiles"/> are the files of the entity pages reached;
/// <see cref="Types"/>, the index pages with a changed row; the flags say whether any changed file's link (its
/// title), relations, glossary terms, citations and notes, or search record differ.
/// </summary>
public sealed record EditReach(
    IReadOnlySet<string> EntityFiles,
    IReadOnlySet<EntityType> Types,
    bool Links,
    bool Relations,
    bool Terms,
    bool CitationsOrNotes,
    bool SearchRecords);
