using System.Globalization;
using System.Net;
using System.Text;

namespace JakKb.Rendering.Charts;

/// <summary>
/// A tiny writer of inline SVG: every text and attribute value is HTML-encoded here, and every number is
/// written in the invariant culture, so chart code never concatenates raw strings into markup.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _sb = new();

    /// <summary>Opens an &lt;svg&gt; with a viewBox; <paramref name="attributes"/> are name/value pairs, encoded here.</summary>
    public SvgWriter Open(double width, double height, params (string Name, string? Value)[] attributes)
    {
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append('"');
        Attributes(attributes);
        _sb.Append('>');
        return this;
    }

    public SvgWriter Close() { _sb.Append("</svg>"); return this; }

    /// <summary>&lt;title&gt; and &lt;desc&gt;: the chart's text alternative for assistive technology.</summary>
    public SvgWriter TitleAndDesc(string id, string title, string desc)
    {
        _sb.Append("<title id=\"").Append(E(id)).Append("-t\">").Append(E(title)).Append("</title>");
        _sb.Append("<desc id=\"").Append(E(id)).Append("-d\">").Append(E(desc)).Append("</desc>");
        return this;
    }

    public SvgWriter Rect(double x, double y, double width, double height, string cssClass, double radius = 0)
    {
        _sb.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(Math.Max(0, width)))
            .Append("\" height=\"").Append(N(Math.Max(0, height))).Append("\" class=\"").Append(E(cssClass)).Append('"');
        if (radius > 0) _sb.Append(" rx=\"").Append(N(radius)).Append('"');
        _sb.Append("/>");
        return this;
    }

    public SvgWriter Line(double x1, double y1, double x2, double y2, string cssClass)
    {
        _sb.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append("\" class=\"").Append(E(cssClass)).Append("\"/>");
        return this;
    }

    /// <summary>A cubic curve from (x1,y1) to (x2,y2), leaving and arriving horizontally: an edge between two columns.</summary>
    public SvgWriter Curve(double x1, double y1, double x2, double y2, string cssClass)
    {
        var mid = (x1 + x2) / 2;
        _sb.Append("<path d=\"M").Append(N(x1)).Append(' ').Append(N(y1)).Append(" C").Append(N(mid)).Append(' ').Append(N(y1)).Append(' ')
            .Append(N(mid)).Append(' ').Append(N(y2)).Append(' ').Append(N(x2)).Append(' ').Append(N(y2)).Append("\" class=\"").Append(E(cssClass)).Append("\"/>");
        return this;
    }

    public SvgWriter Text(double x, double y, string text, string? cssClass = null, string? anchor = null)
    {
        _sb.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append('"');
        if (cssClass is not null) _sb.Append(" class=\"").Append(E(cssClass)).Append('"');
        if (anchor is not null) _sb.Append(" text-anchor=\"").Append(E(anchor)).Append('"');
        _sb.Append('>').Append(E(text)).Append("</text>");
        return this;
    }

    public SvgWriter OpenLink(string href, string? cssClass = null)
    {
        _sb.Append("<a href=\"").Append(E(href)).Append('"');
        if (cssClass is not null) _sb.Append(" class=\"").Append(E(cssClass)).Append('"');
        _sb.Append('>');
        return this;
    }

    public SvgWriter CloseLink() { _sb.Append("</a>"); return this; }

    public SvgWriter OpenGroup(string? cssClass = null)
    {
        _sb.Append("<g");
        if (cssClass is not null) _sb.Append(" class=\"").Append(E(cssClass)).Append('"');
        _sb.Append('>');
        return this;
    }

    public SvgWriter CloseGroup() { _sb.Append("</g>"); return this; }

    public override string ToString() => _sb.ToString();

    private void Attributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
            if (value is not null) _sb.Append(' ').Append(name).Append("=\"").Append(E(value)).Append('"');
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Coordinates to one decimal place, invariant culture: short, stable output.</summary>
    /// <remarks>NaN or infinity in a coordinate breaks the whole drawing, so it is a bug to stop at, never to write.</remarks>
    public static string N(double value) => double.IsFinite(value)
        ? Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A chart coordinate must be a finite number.");
}
