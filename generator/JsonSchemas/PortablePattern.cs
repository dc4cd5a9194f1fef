using System.Text.RegularExpressions;

namespace JakKb.JsonSchemas;

/// <summary>
/// The build checks a schema.yml pattern with .NET's regular expressions, but an editor checks the same pattern,
/// copied into a JSON Schema, with ECMA-262 (JavaScript) ones. The common subset means the same in both; the
/// constructs found here are .NET's own, which a JavaScript validator refuses or reads differently.
/// </summary>
public static partial class PortablePattern
{
    private static readonly (Regex Construct, string Name, string Instead)[] DotNetOnly =
    [
        (AnchorEscape(), @"the anchors \A, \Z, \z and \G", "'^' and '$'"),
        (InlineOptions(), "inline options such as (?i)", "a character class such as [Aa]"),
        (AtomicGroup(), "an atomic group (?>...)", "a plain group (...)"),
        (QuotedGroupName(), "a group named with quotes (?'name'...)", "(?<name>...)"),
        (IfThenGroup(), "an if-then group (?(...)...)", "two alternatives with '|'"),
        (Comment(), "a comment (?#...)", "nothing; drop the comment"),
        (ClassSubtraction(), "character class subtraction [a-z-[aeiou]]", "the remaining characters listed out"),
        (NamedBlock(), @"a named block \p{IsGreek}", @"a range such as [\u0370-\u03FF]"),
    ];

    /// <summary>A message naming the first .NET-only construct of <paramref name="pattern"/> and what to write instead, or null.</summary>
    public static string? Problem(string pattern)
    {
        foreach (var (construct, name, instead) in DotNetOnly)
            if (construct.IsMatch(pattern)) return $"{name}, which editors' JavaScript validators do not understand; write {instead}";
        return null;
    }

    // Each escape is matched after an even number of backslashes, so '\\A' (a backslash, then A) is not an anchor.
    [GeneratedRegex(@"(?<!\\)(\\\\)*\\[AZzG]")]
    private static partial Regex AnchorEscape();

    [GeneratedRegex(@"(?<!\\)(\\\\)*\(\?([imnsx]+(-[imnsx]+)?|-[imnsx]+)[):]")]
    private static partial Regex InlineOptions();

    [GeneratedRegex(@"(?<!\\)(\\\\)*\(\?>")]
    private static partial Regex AtomicGroup();

    [GeneratedRegex(@"(?<!\\)(\\\\)*\(\?'")]
    private static partial Regex QuotedGroupName();

    [GeneratedRegex(@"(?<!\\)(\\\\)*\(\?\(")]
    private static partial Regex IfThenGroup();

    [GeneratedRegex(@"(?<!\\)(\\\\)*\(\?#")]
    private static partial Regex Comment();

    [GeneratedRegex(@"-\[[^\]]*\]\]")]
    private static partial Regex ClassSubtraction();

    [GeneratedRegex(@"(?<!\\)(\\\\)*\\[pP]\{Is")]
    private static partial Regex NamedBlock();
}
