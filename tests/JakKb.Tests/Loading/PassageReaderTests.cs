using JakKb.Loading;

namespace JakKb.Tests.Loading;

public class PassageReaderTests
{
    [Fact]
    public void Paragraphs_and_table_cells_get_anchors_counted_from_the_top()
    {
        var text = PassageReader.Read("t.txt", "Title\n\nOne\nparagraph  here.\n\nA\tB\n1\t2\n\nLast.\n\nX\tY\n");

        Assert.Equal(
            [("p-1", "Title"), ("p-2", "One paragraph here."), ("t1-r1-c1", "A"), ("t1-r1-c2", "B"), ("t1-r2-c1", "1"), ("t1-r2-c2", "2"), ("p-3", "Last."), ("t2-r1-c1", "X"), ("t2-r1-c2", "Y")],
            text.Passages.Select(p => (p.Anchor, p.Text)));
    }
}
