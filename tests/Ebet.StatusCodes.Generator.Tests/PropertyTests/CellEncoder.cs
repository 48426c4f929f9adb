using System;
using System.Globalization;
using System.Text;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// Writes a known plain text into a table cell, so that the cell-text rule (docs/generator.md, "Cell
/// text rule") must give back exactly <see cref="ExpectedText"/>. Written from the rule and CommonMark,
/// not from the generator's code.
/// </summary>
internal static class CellEncoder
{
    private static readonly System.Buffers.SearchValues<char> s_notInCodeSpans = System.Buffers.SearchValues.Create("`|\\\r\n");

    /// <summary>
    /// The rule's result for a plain text: U+0000 becomes U+FFFD, each run of ASCII whitespace one
    /// space, the ends trimmed; every other character stays.
    /// </summary>
    public static string ExpectedText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c == '\0' ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    /// <summary>The text as a pipe-table cell: ASCII punctuation escaped with backslashes or written as entities, line breaks as &lt;br&gt;, the whole wrapped in some decoration.</summary>
    public static string Markdown(string text, int wrap, int seed)
    {
        var core = TrimAsciiWhitespace(text);
        if (core.Length == 0)
        {
            return string.Empty;
        }

        var random = new Random(seed);
        var canEmphasise = !char.IsWhiteSpace(core[0]) && !char.IsWhiteSpace(core[core.Length - 1]);
        switch (wrap % 9)
        {
            case 1 when canEmphasise:
                return "**" + EscapeMarkdown(core, random) + "**";
            case 2 when canEmphasise:
                return "*" + EscapeMarkdown(core, random) + "*";
            case 3 when core.AsSpan().IndexOfAny(s_notInCodeSpans) < 0:
                // A code span: its content is literal (no escapes, no entities, no tags).
                return "`" + core + "`";
            case 4:
                return "<mark style=\"color:red;background-color:blue;\">" + EscapeMarkdown(core, random) + "</mark>";
            case 5 when canEmphasise:
                return "<mark style=\"color:purple;\">**" + EscapeMarkdown(core, random) + "**</mark>";
            case 6:
                return "<b>" + EscapeMarkdown(core, random) + "</b>";
            case 7:
                return "[" + EscapeMarkdown(core, random) + "](https://example.com/codes \"the vendor's page\")";
            case 8 when canEmphasise:
                return "_" + EscapeMarkdown(core, random) + "_";
            default:
                return EscapeMarkdown(core, random);
        }
    }

    /// <summary>The text as an HTML table cell: markup characters as entities, line breaks raw or as &lt;br&gt;, in an optional inline element.</summary>
    public static string Html(string text, int wrap, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append(random.Next(2) == 0 ? "&amp;" : "&#38;");
                    break;
                case '<':
                    builder.Append(random.Next(2) == 0 ? "&lt;" : "&#x3C;");
                    break;
                case '>':
                    builder.Append(random.Next(2) == 0 ? ">" : "&gt;");
                    break;
                case '\r' or '\n':
                    // Never a blank line: it would end the HTML block, and what follows would be
                    // markdown (a '>' there starts a quote), not the cell's text.
                    builder.Append(random.Next(3) == 0 || EndsWithBlankLine(builder) ? "<br>" : c.ToString());
                    break;
                default:
                    AppendRawOrEntity(builder, text, ref i, random, 12);
                    break;
            }
        }

        var encoded = builder.ToString();
        return (wrap % 6) switch
        {
            1 => "<mark>" + encoded + "</mark>",
            2 => "<b>" + encoded + "</b>",
            3 => "<span style=\"color:red\">" + encoded + "</span>",
            4 => "<a href=\"https://example.com/codes\">" + encoded + "</a>",
            5 => "<code>" + encoded + "</code>",
            _ => encoded,
        };
    }

    /// <summary>True when the text since the last raw line break is only spaces and tabs.</summary>
    private static bool EndsWithBlankLine(StringBuilder builder)
    {
        for (var i = builder.Length - 1; i >= 0; i--)
        {
            switch (builder[i])
            {
                case '\r' or '\n':
                    return true;
                case ' ' or '\t':
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static string EscapeMarkdown(string core, Random random)
    {
        var builder = new StringBuilder(core.Length * 2);
        for (var i = 0; i < core.Length; i++)
        {
            var c = core[i];
            if (c is '\r' or '\n')
            {
                builder.Append(random.Next(5) switch
                {
                    0 => "<br>",
                    1 => "<br/>",
                    2 => "<BR />",
                    3 => "&#10;",
                    _ => " ",
                });
            }
            else if (c == '\\' && i == core.Length - 1)
            {
                // "\\" straight before the cell's closing pipe would be read as "\" and an escaped
                // pipe (GFM's cell scanner): the cell would run on into the next one.
                builder.Append("&#92;");
            }
            else if (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~')
            {
                builder.Append(random.Next(6) switch
                {
                    0 => "&#" + ((int)c).ToString(CultureInfo.InvariantCulture) + ";",
                    1 => c switch
                    {
                        '&' => "&amp;",
                        '<' => "&lt;",
                        '>' => "&gt;",
                        '"' => "&quot;",
                        _ => "\\" + c,
                    },
                    _ => "\\" + c,
                });
            }
            else
            {
                AppendRawOrEntity(builder, core, ref i, random, 10);
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes the character (or surrogate pair) at <paramref name="i"/> as it is, or now and then as a numeric entity when one can stand for it.</summary>
    private static void AppendRawOrEntity(StringBuilder builder, string text, ref int i, Random random, int oneIn)
    {
        var c = text[i];
        int codePoint;
        var length = 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[i + 1]);
            length = 2;
        }
        else
        {
            codePoint = c;
        }

        // Entities can stand for tabs and for scalar values outside C0/C1 controls (CommonMark
        // decodes &#0; and surrogates to U+FFFD, and HTML maps &#x80;-&#x9F; to Windows-1252).
        var entityFits = codePoint == '\t'
                         || (codePoint >= 0x21 && codePoint < 0x7F)
                         || (codePoint >= 0xA0 && codePoint < 0xD800)
                         || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                         || codePoint > 0xFFFF;
        if (entityFits && random.Next(oneIn) == 0)
        {
            builder.Append(random.Next(2) == 0
                ? "&#x" + codePoint.ToString("X", CultureInfo.InvariantCulture) + ";"
                : "&#" + codePoint.ToString(CultureInfo.InvariantCulture) + ";");
        }
        else
        {
            builder.Append(text, i, length);
        }

        i += length - 1;
    }

    private static string TrimAsciiWhitespace(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsAsciiWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && IsAsciiWhitespace(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';
}
