using System;
using System.Collections.Generic;
using Markdig.Helpers;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Decodes a character reference in HTML text as a browser does (the WHATWG tokenizer), which is
/// what a reader of an HTML table sees: named references with their semicolon, the legacy ones
/// that may omit it (<c>&amp;amp b</c> shows "&amp; b"), and numeric ones with or without it, with
/// the Windows-1252 meaning of 0x80 to 0x9F.
/// </summary>
internal static class HtmlCharacterReference
{
    /// <summary>The longest entity name (<c>CounterClockwiseContourIntegral</c>) is 31 letters.</summary>
    private const int LongestName = 32;

    /// <summary>The named references a browser decodes without a semicolon (HTML's legacy table).</summary>
    private static readonly HashSet<string> s_legacy = new(StringComparer.Ordinal)
    {
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc",
        "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash",
        "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
        "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
        "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl",
        "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy",
        "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    };

    /// <summary>What HTML makes of the numeric references 0x80 to 0x9F (Windows-1252); 0 where it keeps the number.</summary>
    private static readonly char[] s_windows1252 =
    {
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    };

    /// <summary>
    /// Decodes the reference at <paramref name="position"/> (an <c>&amp;</c>); false when the text there
    /// is no reference, and the <c>&amp;</c> is text. Reads a bounded number of characters, so text full
    /// of ampersands is still read in linear time.
    /// </summary>
    public static bool TryDecode(string text, int position, int limit, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var start = position + 1;
        if (start < limit && text[start] == '#')
        {
            return TryDecodeNumber(text, start + 1, limit, out decoded, out length, position);
        }

        var end = start;
        while (end < limit && end - start < LongestName && IsAsciiAlphanumeric(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        if (end < limit && text[end] == ';' && EntityHelper.DecodeEntity(text.AsSpan(start, end - start)) is { } named)
        {
            (decoded, length) = (named, end + 1 - position);
            return true;
        }

        // Without its semicolon, the longest legacy name the letters start with.
        for (var candidate = end; candidate > start; candidate--)
        {
            var name = text.Substring(start, candidate - start);
            if (s_legacy.Contains(name) && EntityHelper.DecodeEntity(name.AsSpan()) is { } legacy)
            {
                (decoded, length) = (legacy, candidate - position);
                return true;
            }
        }

        return false;
    }

    private static bool TryDecodeNumber(string text, int start, int limit, out string decoded, out int length, int ampersand)
    {
        decoded = string.Empty;
        length = 0;
        var hex = start < limit && text[start] is 'x' or 'X';
        var digitsStart = hex ? start + 1 : start;
        var end = digitsStart;
        var value = 0L;
        while (end < limit && (hex ? Uri.IsHexDigit(text[end]) : text[end] is >= '0' and <= '9'))
        {
            // Past 0x10FFFF the value only decides that the character is U+FFFD.
            value = Math.Min((value * (hex ? 16 : 10)) + DigitValue(text[end]), 0x110000);
            end++;
        }

        if (end == digitsStart)
        {
            return false;
        }

        decoded = CharacterFor((int)value);
        length = (end < limit && text[end] == ';' ? end + 1 : end) - ampersand;
        return true;
    }

    private static string CharacterFor(int value)
    {
        if (value is >= 0x80 and <= 0x9F && s_windows1252[value - 0x80] != '\0')
        {
            return s_windows1252[value - 0x80].ToString();
        }

        return value is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(value);
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsAsciiAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
