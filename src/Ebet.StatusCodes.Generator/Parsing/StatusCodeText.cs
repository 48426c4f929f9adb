using System.Globalization;
using System.Linq;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>Reads a status code from a cell's text: decimal digits with an optional sign.</summary>
internal static class StatusCodeText
{
    private static readonly char[] s_rangeSeparators = { '-', '~', '\u2013', '\u2014', '至', '到' };

    public enum Result
    {
        Ok,
        NotInteger,
        OutOfRange,
    }

    public static Result TryParse(string text, out int code)
    {
        code = 0;
        if (text.Length == 0)
        {
            return Result.NotInteger;
        }

        var index = text[0] is '-' or '+' ? 1 : 0;
        if (index == text.Length)
        {
            return Result.NotInteger;
        }

        for (var i = index; i < text.Length; i++)
        {
            // ASCII digits only: char.IsDigit would accept Arabic-Indic or full-width digits.
            if (text[i] is < '0' or > '9')
            {
                return Result.NotInteger;
            }
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out code)
            ? Result.Ok
            : Result.OutOfRange;
    }

    /// <summary>What a cell that is not an integer looks like, so the message can say what to write instead.</summary>
    public static NotIntegerShape ShapeOf(string text)
    {
        var trimmed = text.Trim();
        if (IsRange(trimmed))
        {
            return NotIntegerShape.Range;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && trimmed[1] is 'x' or 'X')
        {
            return NotIntegerShape.Hexadecimal;
        }

        if (trimmed.Length > 0 && trimmed.All(c => char.IsDigit(c) || c is '-' or '+') && trimmed.Any(c => c is < '0' or > '9' && char.IsDigit(c)))
        {
            return NotIntegerShape.OtherDigits;
        }

        var digits = trimmed.TakeWhile(c => c is (>= '0' and <= '9') or '-' or '+').Count();
        if (digits > 0 && digits < trimmed.Length)
        {
            return trimmed[digits] is ',' or '.' or '_' or '\'' or ' ' && trimmed.Skip(digits).All(c => c is (>= '0' and <= '9') or ',' or '.' or '_' or '\'' or ' ')
                ? NotIntegerShape.Separators
                : NotIntegerShape.NumberAndText;
        }

        return NotIntegerShape.Text;
    }

    /// <summary>Two integers joined by a dash, a tilde or 至/到: <c>1000-1999</c>, <c>1000 ~ 1999</c>.</summary>
    private static bool IsRange(string text)
    {
        var separator = text.Length < 3 ? -1 : text.IndexOfAny(s_rangeSeparators, 1);
        return separator > 0
               && TryParse(text.Substring(0, separator).Trim(), out _) == Result.Ok
               && TryParse(text.Substring(separator + 1).Trim(), out _) == Result.Ok;
    }
}

/// <summary>The shapes of code cells that are not integers, each with its own advice.</summary>
internal enum NotIntegerShape
{
    /// <summary>Words or symbols (<c>E1001</c>, <c>OK</c>).</summary>
    Text,

    /// <summary>A range of codes (<c>1000-1999</c>).</summary>
    Range,

    /// <summary><c>0x1F</c>.</summary>
    Hexadecimal,

    /// <summary>Digits that are not ASCII (full-width <c>２００</c>, Arabic-Indic).</summary>
    OtherDigits,

    /// <summary>A number written with separators (<c>1,000</c>, <c>1 000</c>).</summary>
    Separators,

    /// <summary>A number followed by words (<c>200 OK</c>).</summary>
    NumberAndText,
}
