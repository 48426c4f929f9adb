using System.Globalization;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>Reads a status code from a cell's text: decimal digits with an optional sign.</summary>
internal static class StatusCodeText
{
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
}
