using System.Globalization;
using System.Text;

namespace Synth;

/// <summary>An ordered YAML mapping. Values: string, bool, int, List&lt;string&gt;, List&lt;Map&gt;.</summary>
internal sealed class Map : List<KeyValuePair<string, object>>
{
    public Map Add(string key, object? value)
    {
        switch (value)
        {
            case null:
            case string s when s.Length == 0:
            case List<string> { Count: 0 }:
            case List<Map> { Count: 0 }:
                return this; // optional fields are left out when empty
        }
        Add(new KeyValuePair<string, object>(key, value!));
        return this;
    }

    public object? Get(string key)
    {
        foreach (var kv in this)
        {
            if (kv.Key == key)
            {
                return kv.Value;
            }
        }
        return null;
    }
}

/// <summary>A tiny block-style YAML emitter; every string is double-quoted so no value can be misread.</summary>
internal static class Yaml
{
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Ids and keys are slugs: written bare, like the hand-written content.</summary>
    private static string Item(string s) => IsSlug(s) ? s : Quote(s);

    private static bool IsSlug(string s)
    {
        if (s.Length == 0 || s[0] == '-' || s[^1] == '-' || char.IsDigit(s[0]))
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-'))
            {
                return false;
            }
        }
        // YAML would read these as booleans/null.
        return s is not ("y" or "n" or "yes" or "no" or "on" or "off" or "true" or "false" or "null");
    }

    public static void WriteMap(StringBuilder sb, Map map, int indent, bool dash)
    {
        var first = true;
        var keyIndent = dash ? indent + 2 : indent;
        foreach (var (key, value) in map)
        {
            if (first && dash)
            {
                sb.Append(' ', indent).Append("- ");
            }
            else
            {
                sb.Append(' ', keyIndent);
            }
            first = false;
            sb.Append(key).Append(':');
            switch (value)
            {
                case string s:
                    sb.Append(' ').Append(Quote(s)).Append('\n');
                    break;
                case bool b:
                    sb.Append(b ? " true\n" : " false\n");
                    break;
                case int i:
                    sb.Append(' ').Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    break;
                case List<string> list:
                    sb.Append(" [");
                    for (var j = 0; j < list.Count; j++)
                    {
                        if (j > 0)
                        {
                            sb.Append(", ");
                        }
                        sb.Append(Item(list[j]));
                    }
                    sb.Append("]\n");
                    break;
                case List<Map> maps:
                    sb.Append('\n');
                    foreach (var m in maps)
                    {
                        WriteMap(sb, m, keyIndent + 2, dash: true);
                    }
                    break;
                default:
                    throw new InvalidOperationException($"unsupported YAML value for '{key}': {value.GetType()}");
            }
        }
    }

    public static string List(List<Map> items)
    {
        if (items.Count == 0)
        {
            return "[]\n";
        }
        var sb = new StringBuilder();
        foreach (var m in items)
        {
            WriteMap(sb, m, 0, dash: true);
        }
        return sb.ToString();
    }
}
