using JakKb.Model;

namespace JakKb.Tests.Model;

public class SlugsTests
{
    [Theory]
    [InlineData("jak2", true)]
    [InlineData("il-6", true)]
    [InlineData("jak2\n", false)] // '$' in a .NET pattern also matches before a final newline
    [InlineData("jak2\r", false)]
    [InlineData("jak\u00002", false)]
    [InlineData("Jak2", false)]
    [InlineData("jak--2", false)]
    [InlineData("jak_2", false)]
    [InlineData("jak2.md", false)]
    [InlineData("ｊａｋ２", false)] // full-width letters
    [InlineData("jak²", false)]
    public void An_id_is_exactly_the_slug_alphabet(string id, bool safe) =>
        Assert.Equal(safe, Slugs.IsSafe(id));

    [Theory]
    [InlineData("con")]
    [InlineData("prn")]
    [InlineData("aux")]
    [InlineData("nul")]
    [InlineData("com1")]
    [InlineData("com4")]
    [InlineData("com9")]
    [InlineData("lpt1")]
    [InlineData("lpt5")]
    [InlineData("lpt9")]
    public void Every_windows_device_name_is_refused_as_an_id_and_as_a_file_name_with_any_extension(string name)
    {
        Assert.False(Slugs.IsSafe(name));
        Assert.False(Slugs.IsSafeFileName(name));
        Assert.False(Slugs.IsSafeFileName(name + ".css"));
        Assert.False(Slugs.IsSafeFileName(name + ".tar.gz"));
    }

    [Theory]
    [InlineData("site.css", true)]
    [InlineData("jquery.min.js", true)]
    [InlineData("console.css", true)] // a device name only as a whole stem
    [InlineData("com10.txt", true)]
    [InlineData("Logo.png", false)]
    [InlineData("logo.PNG", false)]
    [InlineData(".hidden", false)]
    [InlineData("a..b", false)]
    [InlineData("a.", false)]
    [InlineData("my file.css", false)]
    [InlineData("x\n.css", false)]
    [InlineData("x.css\n", false)]
    public void A_file_name_is_slugs_joined_by_dots(string name, bool safe) =>
        Assert.Equal(safe, Slugs.IsSafeFileName(name));
}
