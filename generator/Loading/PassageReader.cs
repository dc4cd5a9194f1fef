using JakKb.Model;

namespace JakKb.Loading;

/// <summary>
/// Splits a plain-text document into passages: lines without a tab, up to a blank line, are a paragraph; consecutive
/// lines with tabs are a table, one row a line and one cell per tab-separated column. Anchors count paragraphs and
/// tables from the top, so they stay put as long as the file does (the files are kept byte for byte).
/// </summary>
public static class PassageReader
{
    public static DocumentPassages Read(string path, string text)
    {
        var passages = new List<Passage>();
        var paragraph = new List<string>();
        int paragraphs = 0, tables = 0, row = 0;
        var inTable = false;

        void EndParagraph()
        {
            var joined = DocumentPassages.Normalise(string.Join(' ', paragraph));
            paragraph.Clear();
            if (joined.Length > 0) passages.Add(new Passage($"p-{++paragraphs}", joined));
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Contains('\t'))
            {
                EndParagraph();
                if (!inTable) { tables++; row = 0; inTable = true; }
                row++;
                var cells = line.Split('\t');
                for (var c = 0; c < cells.Length; c++)
                    passages.Add(new Passage($"t{tables}-r{row}-c{c + 1}", DocumentPassages.Normalise(cells[c]), tables, row, c + 1));
                continue;
            }
            inTable = false;
            if (string.IsNullOrWhiteSpace(line)) EndParagraph();
            else paragraph.Add(line);
        }
        EndParagraph();
        return new DocumentPassages(path, passages, Fingerprint.Of(text));
    }
}
