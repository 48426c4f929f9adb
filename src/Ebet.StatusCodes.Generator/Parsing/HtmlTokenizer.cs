using System;

namespace Ebet.StatusCodes.Generator.Parsing;

internal enum HtmlTokenKind
{
    /// <summary>Nothing more before the limit asked for.</summary>
    None,

    /// <summary>Text a browser shows, character references decoded: the token's span of <see cref="HtmlToken.Source"/>.</summary>
    Text,

    /// <summary>A start or end tag: <see cref="HtmlToken.Tag"/>.</summary>
    Tag,
}

/// <summary>A token: a tag, or text that is the span [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) of <see cref="Source"/> (the HTML itself, or a decoded reference).</summary>
internal readonly record struct HtmlToken(HtmlTokenKind Kind, string Source, int Start, int Length, HtmlTag Tag)
{
    public static HtmlToken OfText(string text) => new(HtmlTokenKind.Text, text, 0, text.Length, default);
}

/// <summary>
/// Splits raw HTML into text and tags as a browser's tokenizer does (WHATWG) on the HTML GitHub
/// gives it, so that what is not rendered as markup is not read as a table: comments
/// (<c>&lt;!-- --&gt;</c>, closed or not, across any number of lines), bogus comments (<c>&lt;?…&gt;</c>,
/// <c>&lt;!…&gt;</c>, CDATA), and the text of <c>noscript</c>. The tags GitHub's tag filter escapes
/// (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c> and five more: <see cref="GitHubHtml.IsFilteredTag"/>)
/// are text, as GitHub shows them, and hide nothing. A <c>&lt;table&gt;</c> in <c>&lt;pre&gt;</c> or
/// <c>&lt;code&gt;</c> is still a table.
/// </summary>
/// <remarks>
/// The state carries across calls, so that a comment opened in one HTML block of a page and
/// closed in a later one hides what lies between. Every step moves past what it read, and every
/// search is bounded by what it will consume: reading is linear in the text, whatever it holds.
/// </remarks>
internal sealed class HtmlTokenizer
{
    private readonly string _text;
    private State _state;

    public HtmlTokenizer(string text) => _text = text;

    private enum State
    {
        Data,
        Comment,
        BogusComment,

        /// <summary>noscript: text that is not shown, up to the element's end tag.</summary>
        RawText,
    }

    /// <summary>Where the next token starts; past <c>limit</c> when a tag ran beyond it.</summary>
    public int Position { get; private set; }

    /// <summary>False inside a comment or an element whose text is not markup: what is there is not rendered as a table.</summary>
    public bool InMarkup => _state == State.Data;

    /// <summary>Moves to <paramref name="position"/> (a block's start) unless the tokenizer already read past it.</summary>
    public void SkipTo(int position) => Position = Math.Max(Position, position);

    /// <summary>The next token that starts before <paramref name="limit"/>; a tag is read whole even past it.</summary>
    public HtmlToken Next(int limit)
    {
        limit = Math.Min(limit, _text.Length);
        while (Position < limit)
        {
            var token = _state switch
            {
                State.Data => Data(limit),
                State.Comment => SkipComment(limit),
                State.BogusComment => SkipBogusComment(limit),
                _ => SkipRawText(limit),
            };
            if (token.Kind != HtmlTokenKind.None)
            {
                return token;
            }
        }

        return default;
    }

    private HtmlToken Data(int limit)
    {
        var c = _text[Position];
        if (c == '&')
        {
            return Reference(limit);
        }

        if (c != '<' || GitHubHtml.IsFilteredTag(_text, Position))
        {
            return TextUpTo(NextMarkup(limit), limit);
        }

        var next = Position + 1 < _text.Length ? _text[Position + 1] : '\0';
        if (IsAsciiLetter(next) || (next == '/' && Position + 2 < _text.Length && IsAsciiLetter(_text[Position + 2])))
        {
            return Tag(HtmlTagScanner.Read(_text, Position, next == '/'));
        }

        switch (next)
        {
            case '!' when string.CompareOrdinal(_text, Position, "<!--", 0, 4) == 0:
                OpenComment();
                return default;
            case '!' or '?':
                (Position, _state) = (Position + 2, State.BogusComment);
                return default;
            case '/' when Position + 2 < _text.Length && _text[Position + 2] == '>':
                Position += 3;
                return default;
            case '/' when Position + 2 < _text.Length:
                (Position, _state) = (Position + 2, State.BogusComment);
                return default;
            default:
                return TextUpTo(Position + 1, limit);
        }
    }

    /// <summary>After <c>&lt;!--</c>: <c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c> are whole, empty comments.</summary>
    private void OpenComment()
    {
        Position += 4;
        if (Position < _text.Length && _text[Position] == '>')
        {
            Position++;
        }
        else if (Position + 1 < _text.Length && _text[Position] == '-' && _text[Position + 1] == '>')
        {
            Position += 2;
        }
        else
        {
            _state = State.Comment;
        }
    }

    private HtmlToken Tag(HtmlTag tag)
    {
        Position = tag.End;
        if (!tag.IsEnd && tag.IsComplete && tag.Name == "noscript")
        {
            _state = State.RawText;
        }

        return new HtmlToken(HtmlTokenKind.Tag, string.Empty, 0, 0, tag);
    }

    /// <summary>Past the first <c>&gt;</c> before the limit, which ends a bogus comment; else to the limit, still inside.</summary>
    private HtmlToken SkipBogusComment(int limit)
    {
        var index = _text.IndexOf('>', Position, limit - Position);
        (Position, _state) = index < 0 ? (limit, _state) : (index + 1, State.Data);
        return default;
    }

    /// <summary>Past the first <c>--&gt;</c> or <c>--!&gt;</c> before the limit; else to the limit, still inside.</summary>
    private HtmlToken SkipComment(int limit)
    {
        for (var index = _text.IndexOf("--", Position, limit - Position, StringComparison.Ordinal); index >= 0; index = _text.IndexOf("--", index + 1, limit - index - 1, StringComparison.Ordinal))
        {
            var after = index + 2;
            if (after < limit && _text[after] == '>')
            {
                (Position, _state) = (after + 1, State.Data);
                return default;
            }

            if (after + 1 < limit && _text[after] == '!' && _text[after + 1] == '>')
            {
                (Position, _state) = (after + 2, State.Data);
                return default;
            }
        }

        Position = limit;
        return default;
    }

    /// <summary>Up to <c>&lt;/noscript</c> and a space, slash or <c>&gt;</c>, whose text is not shown; else to the limit, still inside.</summary>
    private HtmlToken SkipRawText(int limit)
    {
        const string Name = "noscript";

        // An end tag that starts before the limit is found even when the limit cuts its "</".
        var searchEnd = Math.Min(limit + 1, _text.Length);
        for (var index = _text.IndexOf("</", Position, searchEnd - Position, StringComparison.Ordinal); index >= 0; index = _text.IndexOf("</", index + 2, Math.Max(0, searchEnd - index - 2), StringComparison.Ordinal))
        {
            var nameEnd = index + 2 + Name.Length;
            if (nameEnd <= _text.Length
                && string.Compare(_text, index + 2, Name, 0, Name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (nameEnd == _text.Length || HtmlTagScanner.IsWhitespace(_text[nameEnd]) || _text[nameEnd] is '/' or '>'))
            {
                (Position, _state) = (index, State.Data);
                return default;
            }
        }

        Position = limit;
        return default;
    }

    private HtmlToken Reference(int limit)
    {
        if (HtmlCharacterReference.TryDecode(_text, Position, limit, out var decoded, out var length))
        {
            Position += length;
            return HtmlToken.OfText(decoded);
        }

        return TextUpTo(Position + 1, limit);
    }

    private HtmlToken TextUpTo(int end, int limit)
    {
        end = Math.Min(Math.Max(end, Position + 1), limit);
        var token = new HtmlToken(HtmlTokenKind.Text, _text, Position, end - Position, default);
        Position = end;
        return token;
    }

    /// <summary>The next <c>&lt;</c> or <c>&amp;</c> before <paramref name="limit"/>, else the limit.</summary>
    private int NextMarkup(int limit)
    {
        var index = _text.IndexOfAny(s_markup, Position, limit - Position);
        return index < 0 ? limit : index;
    }

    private static readonly char[] s_markup = { '<', '&' };

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
