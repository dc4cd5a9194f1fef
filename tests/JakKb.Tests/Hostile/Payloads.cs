namespace JakKb.Tests.Hostile;

/// <summary>
/// Hostile content in the style of the OWASP XSS filter evasion cheat sheet. <see cref="Text"/> payloads are
/// harmless once escaped and must come out as visible text; <see cref="LinkAddresses"/> must be refused as links.
/// </summary>
public static class Payloads
{
    public static readonly IReadOnlyList<string> Text =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(2)>",
        "<IMG SRC=\"javascript:alert(3);\">",
        "\"><svg onload=alert(4)>",
        "'><img src=x onerror=alert(5)>",
        "\" onmouseover=\"alert(6)",
        "' autofocus onfocus='alert(7)",
        "</textarea><script>alert(8)</script>",
        "</title><script>alert(9)</script>",
        "</style><script>alert(10)</script>",
        "<iframe src=\"data:text/html,<script>alert(11)</script>\"></iframe>",
        "<body onload=alert(12)>",
        "<a href=\"javascript:alert(13)\">click</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(14)>",
        "<object data=\"javascript:alert(15)\"></object>",
        "<base href=\"//evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(16)\">",
        "{{ 7*7 }} {{ include 'base' }} {% raw %}",
        "&lt;script&gt;alert(17)&lt;/script&gt; &#60;img src=x onerror=alert(18)&#62;",
        "javascript:alert(19)",
        "<style>body{display:none}</style>",
        "<!-- comment --><![CDATA[<script>alert(20)</script>]]>",
        "`${alert(21)}` \\\" \\u003cscript\\u003e",
    ];

    /// <summary>Link addresses a browser would run or load as a document; each must be reported as JKB0053.</summary>
    public static readonly IReadOnlyList<string> LinkAddresses =
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(2)",
        "javascript&#58;alert(3)",
        "javascript&colon;alert(4)",
        "java&#x09;script:alert(5)",
        "&#x6A;avascript:alert(6)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(7)",
        "%20javascript:alert(8)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==",
        "DATA:text/html,<script>alert(10)</script>",
        "vbscript:msgbox(11)",
        "file:///etc/passwd",
        "jav\u0000ascript:alert(12)",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTMpPg==",
        "vb&#x0A;script:msgbox(14)",
        "FiLe://host/share",
    ];

    /// <summary>
    /// Link addresses the link policy lets through (CommonMark's reference safe mode allows every scheme but those
    /// that run script or open local files): on a page they must stay plain links that run nothing.
    /// </summary>
    public static readonly IReadOnlyList<string> InertLinkAddresses =
    [
        "irc://irc.example.org:6667/jak",
        "made-up-scheme://foo,bar",
        "a+b+c:d",
        "localhost:5001/foo",
        "tel:+15550100",
        "data:image/png;base64,iVBORw0KGgo=",
    ];
}
