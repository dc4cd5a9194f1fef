using JakKb.Model;

namespace JakKb.Linking;

/// <summary>
/// Every connection one entity file makes, each filed under the key of what it connects to, in the order the file
/// makes them. The graph is these, gathered in the order of the files; an edit replaces one file's connections.
/// </summary>
internal sealed record EntityLinks(
    IReadOnlyList<(string Key, Backlink Item)> Backlinks,
    IReadOnlyList<(string Key, FactPlacement Item)> FactsConcerning,
    IReadOnlyList<(string Key, FactPlacement Item)> FactsFromSource,
    IReadOnlyList<(string Key, RowPlacement Item)> RowsConcerning,
    IReadOnlyList<(string Key, string Item)> Citations,
    IReadOnlyList<(string Key, string Item)> Terms,
    IReadOnlyList<(string Key, string Item)> Notes,
    IReadOnlyList<(string Key, string Item)> WikiLinks,   // prose links, and the sources a relation's provenance names
    IReadOnlyList<string> LinksTo)
{
    /// <summary>
    /// The connections of <paramref name="entity"/>, whose prose is <paramref name="body"/>; <paramref name="exists"/>
    /// tells which ids name an entity. Citations, terms and notes are filed by key with the id of the page that shows
    /// them: a fact or table row shows its citations and notes on the pages it concerns too.
    /// </summary>
    public static EntityLinks Of(Entity entity, BodyScan body, Func<string, bool> exists)
    {
        var backlinks = new List<(string, Backlink)>();
        var factsConcerning = new List<(string, FactPlacement)>();
        var factsFromSource = new List<(string, FactPlacement)>();
        var rowsConcerning = new List<(string, RowPlacement)>();
        var citations = new List<(string, string)>();
        var notes = new List<(string, string)>();
        var linksTo = new List<string>();
        var named = new List<(string, string)>();

        foreach (var relation in entity.Relations)
        {
            if (!exists(relation.TargetId)) continue;
            backlinks.Add((relation.TargetId, new Backlink(relation.Kind, entity) { Link = relation }));
            linksTo.Add(relation.TargetId);
            linksTo.Add(entity.Id);
            // A relation's provenance is shown on both its pages: they cite its references, show its notes and link its source.
            if (relation.Provenance is not { } stated) continue;
            foreach (var page in new[] { entity.Id, relation.TargetId })
            {
                foreach (var key in stated.Cites.Concat(stated.InferredCites)) citations.Add((key, page));
                foreach (var note in stated.Notes) notes.Add((note, page));
                if (stated.SourceId.Length > 0) named.Add((stated.SourceId, page));
            }
            if (stated.SourceId.Length > 0) linksTo.Add(stated.SourceId);
        }
        foreach (var fact in entity.Facts)
        {
            var placement = new FactPlacement(fact, entity);
            foreach (var id in fact.Concerns.Where(id => !string.Equals(id, entity.Id, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                factsConcerning.Add((id, placement));
                linksTo.Add(id);
                if (!exists(id)) continue;
                foreach (var key in fact.Provenance.Cites.Concat(fact.Provenance.InferredCites)) citations.Add((key, id));
                foreach (var note in fact.Provenance.Notes) notes.Add((note, id));
            }
            factsFromSource.Add((fact.Provenance.SourceId, placement));
            linksTo.Add(fact.Provenance.SourceId);
            foreach (var key in fact.Provenance.Cites.Concat(fact.Provenance.InferredCites)) citations.Add((key, entity.Id));
            foreach (var note in fact.Provenance.Notes) notes.Add((note, entity.Id));
        }
        foreach (var table in entity.Tables)
        {
            // A table's own notes are shown with it wherever its rows are, as a row's are.
            foreach (var note in table.Notes) notes.Add((note, entity.Id));
            foreach (var id in table.Rows.SelectMany(r => r.Concerns).Distinct(StringComparer.OrdinalIgnoreCase).Where(exists))
                foreach (var note in table.Notes) notes.Add((note, id));
            foreach (var row in table.Rows)
            {
                var rowNotes = row.Corrections.Select(c => c.NoteId).Concat(row.Notes).ToList();
                foreach (var id in row.Concerns.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    rowsConcerning.Add((id, new RowPlacement(table, row, entity)));
                    linksTo.Add(id);
                    if (!exists(id)) continue;
                    foreach (var key in row.Cites.Concat(row.InferredCites)) citations.Add((key, id));
                    foreach (var note in rowNotes) notes.Add((note, id));
                }
                foreach (var key in row.Cites.Concat(row.InferredCites)) citations.Add((key, entity.Id));
                foreach (var note in rowNotes) notes.Add((note, entity.Id));
            }
        }
        foreach (var key in entity.Properties.SelectMany(p => p.Cites)) citations.Add((key, entity.Id));
        foreach (var note in entity.Notes) notes.Add((note, entity.Id));
        foreach (var key in body.CitedKeys) citations.Add((key, entity.Id));
        linksTo.AddRange(body.LinkTargets);
        return new EntityLinks(backlinks, factsConcerning, factsFromSource, rowsConcerning, citations,
            body.Terms.Select(term => (term, entity.Id)).ToList(), notes, [.. body.LinkTargets.Select(target => (target, entity.Id)), .. named], linksTo);
    }
}
