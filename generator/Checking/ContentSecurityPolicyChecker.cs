using System.Text;
using System.Text.RegularExpressions;
using JakKb.Diagnostics;

namespace JakKb.Checking;

/// <summary>
/// Every rendered page must carry the theme's Content-Security-Policy, exactly as theme/layouts/base.sbn writes it,
/// before anything it governs. A layout in input/layouts/ overrides base.sbn by path; without this check an
/// override could drop or loosen the policy, and every page would run inline script again. The policy is fixed
/// here rather than read from the theme so that no template edit alone can weaken it.
/// </summary>
public static partial class ContentSecurityPolicyChecker
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

    public static readonly string Meta = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">";

    private static readonly byte[] MetaBytes = Encoding.UTF8.GetBytes(Meta);

    /// <summary>A tag other than the document's opening ones: a policy given after it does not govern it.</summary>
    [GeneratedRegex(@"<(?!(?:!doctype|html|head|meta)[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTag();

    /// <summary>
    /// Checks one page; a byte search for the meta element and a look at the few bytes before it, cheap enough to
    /// run on every page of every build.
    /// </summary>
    public static void Check(string path, ReadOnlySpan<byte> page, DiagnosticBag diagnostics)
    {
        var at = page.IndexOf(MetaBytes);
        if (at < 0)
        {
            diagnostics.Error(SourceSpan.File(path), DiagnosticCodes.MissingContentSecurityPolicy,
                "The page lacks the Content-Security-Policy meta element; keep that line of theme/layouts/base.sbn, unchanged, in the layout that overrides it.");
            return;
        }
        if (OtherTag().Match(Encoding.UTF8.GetString(page[..at])) is { Success: true } other)
        {
            diagnostics.Error(SourceSpan.File(path), DiagnosticCodes.MissingContentSecurityPolicy,
                $"The page's Content-Security-Policy comes after other markup (at byte {other.Index}), which it does not govern; move the meta element up, right after <meta charset>.");
        }
    }
}
