using JakKb.Rendering;

namespace JakKb.Tests.Rendering;

/// <summary>The text directive of the WICG Text Fragments specification (https://wicg.github.io/scroll-to-text-fragment/).</summary>
public class TextFragmentTests
{
    [Theory]
    // The specification's examples: a bare start, and a prefix and suffix around it.
    [InlineData("an example text fragment", null, null, ":~:text=an%20example%20text%20fragment")]
    [InlineData("text", "this is an", "that appears once", ":~:text=this%20is%20an-,text,-that%20appears%20once")]
    // The directive's delimiters inside the words are percent-encoded: '-' as %2D, ',' as %2C, '&' as %26.
    [InlineData("2-3%", null, null, ":~:text=2%2D3%25")]
    [InlineData("IL-6, IL-2 & IL-7", null, null, ":~:text=IL%2D6%2C%20IL%2D2%20%26%20IL%2D7")]
    [InlineData("p<0.001", "JAK1 (38.7%)", null, ":~:text=JAK1%20%2838.7%25%29-,p%3C0.001")]
    public void Encodes_the_start_prefix_and_suffix(string exact, string? prefix, string? suffix, string expected) =>
        Assert.Equal(expected, TextFragment.Directive(exact, prefix, suffix));

    [Fact]
    public void Whitespace_is_collapsed_as_the_quote_check_compares_it() =>
        Assert.Equal(":~:text=a%20b", TextFragment.Directive(" a \n  b "));

    [Fact]
    public void Letters_outside_ASCII_are_encoded_as_UTF8() =>
        Assert.Equal(":~:text=IFN%2D%CE%B3", TextFragment.Directive("IFN-γ"));
}
