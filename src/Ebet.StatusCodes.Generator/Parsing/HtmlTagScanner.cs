using System;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>A start or end tag as a browser reads it: its lower-cased name, where it ends, what the table reader needs of its attributes.</summary>
/// <param name="End">Just past the tag's <c>&gt;</c>; the end of the text when the tag is cut off.</param>
/// <param name="IsComplete">False when the text ends inside the tag (a browser then drops it).</param>
/// <param name="Spans">A colspan or rowspan of more than one.</param>
/// <param name="SwallowsMarkup">An attribute value holds what looks like another tag: a quote left open.</param>
internal readonly record struct HtmlTag(string Name, bool IsEnd, int Start, int End, bool IsComplete, bool Spans, bool SwallowsMarkup);

/// <summary>
/// Reads one tag from its <c>&lt;</c>, following the WHATWG tokenizer's tag states: the name runs to
/// whitespace, <c>/</c> or <c>&gt;</c>; attribute values are quoted or run to whitespace or <c>&gt;</c>.
/// Documentation sites built with MDX write values as JSX expressions (<c>style={{minWidth: '150px'}}</c>),
/// which may hold spaces and <c>&gt;</c>: a value that opens with <c>{</c> runs to its matching brace.
/// One pass over the tag, whatever it holds.
/// </summary>
internal static class HtmlTagScanner
{
    /// <summary>
    /// How far a JSX attribute value is looked for: style objects are short, and a bound keeps a
    /// page of unmatched braces linear.
    /// </summary>
    private const int LongestExpression = 1024;

    /// <summary>Reads the tag at <paramref name="start"/>, whose next character is a letter (after <c>&lt;/</c> for an end tag).</summary>
    public static HtmlTag Read(string text, int start, bool isEnd)
    {
        var position = start + (isEnd ? 2 : 1);
        var nameStart = position;
        while (position < text.Length && !IsNameEnd(text[position]))
        {
            position++;
        }

        var name = TagName(text, nameStart, position);
        var spans = false;
        var swallows = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '>')
            {
                return new HtmlTag(name, isEnd, start, position + 1, true, spans, swallows);
            }

            if (IsWhitespace(c) || c == '/')
            {
                position++;
                continue;
            }

            var attributeStart = position;
            position++;
            while (position < text.Length && !IsNameEnd(text[position]) && text[position] != '=')
            {
                position++;
            }

            var attributeEnd = position;
            position = SkipWhitespace(text, position);
            if (position >= text.Length || text[position] != '=')
            {
                continue;
            }

            var (valueStart, valueEnd, next) = ReadValue(text, SkipWhitespace(text, position + 1));
            position = next;
            spans |= IsSpanOverOne(text, attributeStart, attributeEnd, valueStart, valueEnd);
            swallows |= HoldsTag(text, valueStart, valueEnd);
        }

        return new HtmlTag(name, isEnd, start, text.Length, false, spans, swallows);
    }

    /// <summary>The value's content span and the position after it.</summary>
    private static (int Start, int End, int Next) ReadValue(string text, int position)
    {
        if (position >= text.Length)
        {
            return (position, position, position);
        }

        var c = text[position];
        if (c is '"' or '\'')
        {
            var close = text.IndexOf(c, position + 1);
            return close < 0 ? (position + 1, text.Length, text.Length) : (position + 1, close, close + 1);
        }

        if (c == '{' && MatchingBrace(text, position) is var brace and >= 0)
        {
            return (position, brace + 1, brace + 1);
        }

        var end = position;
        while (end < text.Length && !IsWhitespace(text[end]) && text[end] != '>')
        {
            end++;
        }

        return (position, end, end);
    }

    /// <summary>
    /// The brace that closes the JSX expression opening at <paramref name="open"/>, skipping string
    /// literals; -1 when there is none within <see cref="LongestExpression"/> characters, or a closing
    /// tag comes first: the value is then read as a browser reads it.
    /// </summary>
    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        var quote = '\0';
        var limit = Math.Min(text.Length, open + LongestExpression);
        for (var i = open; i < limit; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
            else if (c == '<' && i + 1 < limit && text[i + 1] == '/')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// colspan or rowspan whose value, read as HTML reads a non-negative integer, is more than one; an
    /// MDX value in braces (<c>colSpan={2}</c>) is read as the number it holds, as an MDX site renders it.
    /// </summary>
    private static bool IsSpanOverOne(string text, int nameStart, int nameEnd, int start, int end)
    {
        if (!IsName(text, nameStart, nameEnd, "colspan") && !IsName(text, nameStart, nameEnd, "rowspan"))
        {
            return false;
        }

        start = SkipWhitespace(text, start);
        if (start < end && text[start] == '{')
        {
            start = SkipWhitespace(text, start + 1);
        }

        var value = 0;
        while (start < end && text[start] is >= '0' and <= '9')
        {
            value = Math.Min((value * 10) + (text[start] - '0'), 1000);
            start++;
        }

        return value > 1;
    }

    /// <summary>True when a value holds <c>&lt;</c> and a letter or <c>/</c>: a tag a quote left open has swallowed.</summary>
    private static bool HoldsTag(string text, int start, int end)
    {
        for (var i = text.IndexOf('<', start, end - start); i >= 0 && i + 1 < end; i = text.IndexOf('<', i + 1, end - i - 1))
        {
            if (text[i + 1] == '/' || char.IsLetter(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tag's name, lower-cased: one of the names the table reader and the tokenizer look for, as
    /// the same constant every time (a page has thousands of <c>td</c> tags), else a string of its own.
    /// </summary>
    private static string TagName(string text, int start, int end)
    {
        foreach (var known in s_knownNames)
        {
            if (IsName(text, start, end, known))
            {
                return known;
            }
        }

        return text.Substring(start, end - start).ToLowerInvariant();
    }

    private static readonly string[] s_knownNames =
    {
        "td", "tr", "th", "br", "table", "thead", "tbody", "tfoot", "caption", "col", "colgroup",
        "mark", "b", "strong", "i", "em", "span", "a", "code", "pre", "p", "div", "font", "sup", "sub", "noscript",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) is <paramref name="name"/> (lower-case ASCII), in any case.</summary>
    private static bool IsName(string text, int start, int end, string name)
        => end - start == name.Length && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && IsWhitespace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsNameEnd(char c) => IsWhitespace(c) || c is '/' or '>';

    /// <summary>HTML's ASCII whitespace: tab, LF, FF, CR, space.</summary>
    internal static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
