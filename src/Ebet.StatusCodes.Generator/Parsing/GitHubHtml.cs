using System;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Two rules of how raw HTML in a page reaches a reader through GitHub, shared by the HTML table
/// reader and the cell text of pipe tables: which tags GitHub shows as text (GFM's tag filter), and
/// which elements start a new line where a browser shows them.
/// </summary>
internal static class GitHubHtml
{
    /// <summary>
    /// GFM's "disallowed raw HTML" (the tagfilter extension): GitHub writes the <c>&lt;</c> of these
    /// tags as <c>&amp;lt;</c>, so a browser shows the tag as text, and never hides what follows it.
    /// </summary>
    private static readonly string[] s_filteredNames = { "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext" };

    /// <summary>
    /// True when the <c>&lt;</c> at <paramref name="lessThan"/> opens a tag that GitHub's tag filter shows
    /// as text: <c>&lt;</c>, an optional <c>/</c>, one of the nine names in any case, then whitespace,
    /// <c>&gt;</c> or <c>/&gt;</c> (<c>&lt;script&gt;</c>, <c>&lt;/TEXTAREA &gt;</c>, <c>&lt;style/&gt;</c>; not
    /// <c>&lt;scripts&gt;</c>).
    /// </summary>
    public static bool IsFilteredTag(string text, int lessThan)
    {
        var nameStart = lessThan + 1;
        if (nameStart < text.Length && text[nameStart] == '/')
        {
            nameStart++;
        }

        if (nameStart + 1 >= text.Length || !MayStartFilteredName(text[nameStart], text[nameStart + 1]))
        {
            // Every '<' of a page passes here: the table's own tags (td, tr, th, tbody...) leave by
            // their first two letters.
            return false;
        }

        foreach (var name in s_filteredNames)
        {
            var after = nameStart + name.Length;
            if (after < text.Length
                && IsAsciiCaseInsensitive(text, nameStart, name)
                && (text[after] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '>' || (text[after] == '/' && after + 1 < text.Length && text[after + 1] == '>')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="lowerName"/> at <paramref name="start"/>, ASCII letters in either case (cmark-gfm's tolower: <c>ſcript</c> is not <c>script</c>).</summary>
    private static bool IsAsciiCaseInsensitive(string text, int start, string lowerName)
    {
        for (var i = 0; i < lowerName.Length; i++)
        {
            var c = text[start + i];
            if ((c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) != lowerName[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first two letters, in any case, of one of the filtered names: ti(tle), te(xtarea), st(yle), sc(ript), xm(p), if(rame), no(embed, frames), pl(aintext).</summary>
    private static bool MayStartFilteredName(char first, char second) => ((char)(first | 0x20), (char)(second | 0x20)) switch
    {
        ('t', 'i' or 'e') or ('s', 't' or 'c') or ('x', 'm') or ('i', 'f') or ('n', 'o') or ('p', 'l') => true,
        _ => false,
    };

    /// <summary>
    /// True for an element whose start or end tag begins a new line where GitHub shows it: a
    /// <c>&lt;br&gt;</c>, and the block elements GitHub's sanitizer keeps (<c>p</c>, <c>div</c>, <c>pre</c>,
    /// lists and their items, <c>blockquote</c>, <c>hr</c>, <c>h1</c> to <c>h6</c>, <c>details</c>, <c>summary</c>,
    /// <c>figure</c>, <c>figcaption</c>), which a browser lays out as blocks. In a cell, <c>a&lt;p&gt;b&lt;/p&gt;</c>
    /// shows <c>a</c> and <c>b</c> on two lines, which the cell text rule reads as <c>a b</c>, never <c>ab</c>.
    /// Block elements GitHub removes (keeping their text inline), such as <c>section</c> or <c>center</c>,
    /// add nothing, as on GitHub.
    /// </summary>
    /// <param name="name">The tag's name in lower case.</param>
    public static bool BreaksLine(string name) => name switch
    {
        "br" or "p" or "div" or "pre" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "blockquote" or "hr"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "details" or "summary" or "figure" or "figcaption" => true,
        _ => false,
    };
}
