using JakKb.JsonSchemas;

namespace JakKb.Tests.JsonSchemas;

public class PortablePatternTests
{
    [Theory]
    [InlineData(@"^10\.\d{4,9}/\S+$")]
    [InlineData(@"^HGNC:\d+$")]
    [InlineData(@"^(?:P|Q)[0-9][A-Z0-9]{3}[0-9]$")]
    [InlineData(@"^(?<prefix>SM)-\d{3}$")]
    [InlineData(@"^[A-Za-z]+\\A$")]
    [InlineData(@"^NCT\d{8}$")]
    public void A_pattern_in_the_common_subset_passes(string pattern) => Assert.Null(PortablePattern.Problem(pattern));

    [Theory]
    [InlineData(@"\A\d+\z", @"\A")]
    [InlineData(@"^\d+\Z", @"\A")]
    [InlineData(@"(?i)^hgnc:\d+$", "(?i)")]
    [InlineData(@"^(?i:hgnc):\d+$", "(?i)")]
    [InlineData(@"^(?>a+)b$", "atomic")]
    [InlineData(@"^(?'n'a)$", "quotes")]
    [InlineData(@"^(?(a)b|c)$", "if-then")]
    [InlineData(@"^a(?#note)$", "comment")]
    [InlineData(@"^[a-z-[aeiou]]+$", "subtraction")]
    [InlineData(@"^\p{IsGreek}+$", "named block")]
    public void A_dotnet_only_construct_is_named_with_what_to_write_instead(string pattern, string named)
    {
        var problem = PortablePattern.Problem(pattern);
        Assert.NotNull(problem);
        Assert.Contains(named, problem);
        Assert.Contains("write", problem);
    }
}
