using JakKb.Diagnostics;
using JakKb.Markdown.GlossaryTerms;
using JakKb.Model;

namespace JakKb.Tests.Markdown;

public class GlossaryMatcherTests
{
    private static GlossaryTerm Term(string term, params string[] aliases) =>
        new(term, null, "definition", aliases, SourceSpan.File("g.yml"));

    [Fact]
    public void The_longest_term_wins_over_a_shorter_one_it_contains()
    {
        var matcher = new GlossaryMatcher([Term("IFN"), Term("IFN-γ")]);
        Assert.Equal(["IFN-γ"], matcher.Matches("autocrine IFN-γ here").Select(m => m.Term.Term));
    }

    [Fact]
    public void Abbreviations_match_case_sensitively_and_phrases_in_any_case()
    {
        var matcher = new GlossaryMatcher([Term("OS"), Term("DCR", "disease control rate")]);
        Assert.Empty(matcher.Matches("the os of a host"));
        Assert.Equal(["DCR"], matcher.Matches("A Disease Control Rate of").Select(m => m.Term.Term));
    }

    [Fact]
    public void Terms_inside_longer_words_are_not_matched()
    {
        var matcher = new GlossaryMatcher([Term("ALT")]);
        Assert.Empty(matcher.Matches("ALTERNATIVE and SALT"));
        Assert.Single(matcher.Matches("raised ALT levels"));
    }
}
