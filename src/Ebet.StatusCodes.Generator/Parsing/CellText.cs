using System;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// The one place that turns a cell's (or heading's) markdown into the plain text the generated code
/// returns. The rule, documented in docs/generator.md ("Cell text rule"):
/// <list type="number">
/// <item>Decoration goes: emphasis, code-span backticks, HTML tags such as <c>&lt;mark&gt;</c>, link syntax
/// (the link text stays; an autolink keeps its address); a tag GitHub's tag filter escapes
/// (<c>&lt;script&gt;</c>, <c>&lt;textarea&gt;</c>...) stays as text, as GitHub shows it.</item>
/// <item>Backslash escapes and HTML entities are decoded (<c>&amp;amp;</c> becomes <c>&amp;</c>); a
/// <c>&lt;br&gt;</c>, and the tags of elements a browser starts on a new line (<c>p</c>, <c>div</c>, <c>li</c>...),
/// are a space.</item>
/// <item>Each run of ASCII whitespace (space, tab, CR, LF, FF, VT) becomes one space; leading and
/// trailing ones are removed. Every other character is kept as it is, except U+0000, which
/// CommonMark replaces with U+FFFD.</item>
/// </list>
/// </summary>
internal static class CellText
{
    /// <summary>
    /// True when <paramref name="markdown"/> has no inline markdown: none of the characters that can
    /// start it (<c>\ ` * &lt; &amp; [ ] !</c>), and underscores only inside words (snake_case keys),
    /// which CommonMark never reads as emphasis. Such text skips Markdig, the cost of reading a large
    /// table. One pass over the text: most cells of a table are plain.
    /// </summary>
    internal static bool IsPlain(string markdown)
    {
        for (var i = 0; i < markdown.Length; i++)
        {
            switch (markdown[i])
            {
                case '\\' or '`' or '*' or '<' or '&' or '[' or ']' or '!':
                    return false;
                case '_' when i == 0 || i == markdown.Length - 1 || !IsWordCharacter(markdown[i - 1]) || !IsWordCharacter(markdown[i + 1]):
                    return false;
            }
        }

        return true;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c);

    /// <param name="markdown">A cell's markdown, parsed as inlines only.</param>
    /// <param name="definitions">The link reference definitions of the page the cell is on.</param>
    public static string FromMarkdown(string markdown, LinkReferenceDefinitionGroup? definitions = null)
    {
        return IsPlain(markdown) ? Normalize(markdown) : ViaMarkdig(markdown, definitions);
    }

    /// <summary>The rule applied through Markdig's inline parser, whatever the text holds.</summary>
    internal static string ViaMarkdig(string markdown, LinkReferenceDefinitionGroup? definitions = null)
        => FromInlines(InlineOnlyParser.Parse(markdown, definitions));

    /// <summary>The plain text of inlines Markdig has already parsed (a heading's, for example).</summary>
    public static string FromInlines(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        AppendInlines(builder, inline);
        return Normalize(builder.ToString());
    }

    /// <summary>Step 3 of the rule, applied to text that carries no markdown (an HTML cell's text).</summary>
    /// <returns><paramref name="text"/> itself when it already follows the rule, as most cells do.</returns>
    public static string Normalize(string text)
    {
        if (IsNormalized(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsAsciiWhitespace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c == '\0' ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when step 3 would not change <paramref name="text"/>: no NUL, no ASCII whitespace but
    /// single spaces between other characters.
    /// </summary>
    private static bool IsNormalized(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i + 1] == ' ')
                {
                    return false;
                }
            }
            else if (c == '\0' || IsAsciiWhitespace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    private static void AppendInlines(StringBuilder builder, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(builder, literal.Content);
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    Append(builder, entity.Transcoded);
                    break;
                case HtmlInline html:
                    AppendHtml(builder, html.Tag);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case DelimiterInline delimiter:
                    // A delimiter left unmatched (a lone '[' or '![') is text, as CommonMark renders it.
                    builder.Append(delimiter.ToLiteral());
                    AppendInlines(builder, delimiter);
                    break;
                case ContainerInline nested:
                    // Emphasis, links and images: their text is the text of their children.
                    AppendInlines(builder, nested);
                    break;
            }
        }
    }

    private static void Append(StringBuilder builder, Markdig.Helpers.StringSlice slice)
    {
        if (slice.Length > 0)
        {
            builder.Append(slice.Text, slice.Start, slice.Length);
        }
    }

    /// <summary>
    /// An inline tag as GitHub shows it: a tag its tag filter escapes is text (<c>&lt;script&gt;</c>
    /// shows as written); a tag that starts a new line (<c>&lt;br&gt;</c>, <c>&lt;p&gt;</c>, <c>&lt;div&gt;</c>...) is
    /// a space; any other tag adds nothing.
    /// </summary>
    internal static void AppendHtml(StringBuilder builder, string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return;
        }

        if (GitHubHtml.IsFilteredTag(tag!, 0))
        {
            builder.Append(tag);
            return;
        }

        // A start or end tag (not a comment, a declaration or CDATA): its name as the HTML reader reads it.
        var isEnd = tag!.Length > 2 && tag[1] == '/';
        var nameStart = isEnd ? 2 : 1;
        if (nameStart < tag.Length && IsAsciiLetter(tag[nameStart]) && GitHubHtml.BreaksLine(HtmlTagScanner.Read(tag, 0, isEnd).Name))
        {
            builder.Append(' ');
        }
    }
}
