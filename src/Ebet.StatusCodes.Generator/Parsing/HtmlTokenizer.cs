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
/// Splits raw HTML into text and tags as a browser's tokenizer does (WHATWG), so that what a
/// browser does not render as markup is not read as a table: comments (<c>&lt;!-- --&gt;</c>, closed or
/// not, across any number of lines), bogus comments (<c>&lt;?…&gt;</c>, <c>&lt;!…&gt;</c>, CDATA), and the
/// text of <c>script</c>, <c>style</c> and the like, <c>textarea</c> and <c>title</c>, whose tags are
/// text. A <c>&lt;table&gt;</c> in <c>&lt;pre&gt;</c> or <c>&lt;code&gt;</c> is still a table.
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
    private string _rawTextEnd = string.Empty;

    public HtmlTokenizer(string text) => _text = text;

    private enum State
    {
        Data,
        Comment,
        BogusComment,

        /// <summary>script, style and the like: text that is not shown, up to the element's end tag.</summary>
        RawText,

        /// <summary>textarea and title: text with character references, up to the element's end tag.</summary>
        Rcdata,

        /// <summary>plaintext: the rest is text.</summary>
        Plaintext,
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
                State.RawText or State.Rcdata => RawText(limit),
                _ => TextUpTo(limit, limit),
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

        if (c != '<')
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
        if (!tag.IsEnd && tag.IsComplete)
        {
            (_state, _rawTextEnd) = tag.Name switch
            {
                "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" => (State.RawText, tag.Name),
                "textarea" or "title" => (State.Rcdata, tag.Name),
                "plaintext" => (State.Plaintext, string.Empty),
                _ => (State.Data, string.Empty),
            };
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

    /// <summary>Up to the end tag of the raw-text element (<c>&lt;/script</c> and a space, slash or <c>&gt;</c>); textarea's text is shown.</summary>
    private HtmlToken RawText(int limit)
    {
        var start = Position;
        var index = Position;
        while ((index = _text.IndexOf("</", index, limit - index, StringComparison.Ordinal)) >= 0)
        {
            var nameEnd = index + 2 + _rawTextEnd.Length;
            if (nameEnd <= _text.Length
                && string.Compare(_text, index + 2, _rawTextEnd, 0, _rawTextEnd.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (nameEnd == _text.Length || HtmlTagScanner.IsWhitespace(_text[nameEnd]) || _text[nameEnd] is '/' or '>'))
            {
                break;
            }

            index += 2;
        }

        var end = index < 0 ? limit : index;
        var shown = _state == State.Rcdata && _rawTextEnd == "textarea" ? Decode(start, end) : string.Empty;
        Position = end;
        if (index >= 0)
        {
            _state = State.Data;
        }

        return shown.Length > 0 ? HtmlToken.OfText(shown) : default;
    }

    private string Decode(int start, int end)
    {
        var builder = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end;)
        {
            if (_text[i] == '&' && HtmlCharacterReference.TryDecode(_text, i, end, out var decoded, out var length))
            {
                builder.Append(decoded);
                i += length;
            }
            else
            {
                builder.Append(_text[i++]);
            }
        }

        return builder.ToString();
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
