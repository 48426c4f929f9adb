using System.Collections.Generic;

namespace Ebet.StatusCodes.Tool.Documents;

/// <summary>One line of a file and the line break that ends it (empty for a last line without one).</summary>
/// <remarks>
/// Lines break where the generator's line map breaks them (CRLF, LF or a lone CR), so a line number
/// in one of its locations is an index into <see cref="Split"/>.
/// </remarks>
internal readonly record struct TextLine(string Content, string Ending)
{
    public override string ToString() => Content + Ending;

    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                continue;
            }

            var endingLength = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            lines.Add(new TextLine(text[start..i], text.Substring(i, endingLength)));
            i += endingLength - 1;
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new TextLine(text[start..], string.Empty));
        }

        return lines;
    }
}
