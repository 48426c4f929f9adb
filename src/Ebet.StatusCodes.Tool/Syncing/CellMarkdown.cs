using System.Text;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// Text written into a pipe-table cell so that the generator reads it back exactly: the page's text
/// copied into an overlay's vendor-text cell must compare equal to the page's, or the build would
/// warn again (EBSC015) and a second sync would write it again.
/// </summary>
/// <remarks>
/// The few characters that can start markup in a cell are backslash-escaped (an underscore only at
/// a word's edge: <c>snake_case</c> is never emphasis). The result is read back with the generator's
/// own row splitter and cell text rule; should that ever differ, every ASCII punctuation character is
/// escaped, which CommonMark always reads as the character itself.
/// </remarks>
internal static class CellMarkdown
{
    /// <summary>An HTML comment: invisible in the rendered table and dropped by the cell text rule.</summary>
    public const string TranslateMarker = "<!-- statuscodes: translate -->";

    public static string Encode(string text)
    {
        var minimal = Escape(text, everyPunctuation: false);
        if (ReadsAs(minimal, text))
        {
            return minimal;
        }

        var every = Escape(text, everyPunctuation: true);
        return ReadsAs(every, text)
            ? every
            : throw new ToolException($"The text '{text}' cannot be written into a table cell so that it reads back the same: write that cell by hand.");
    }

    /// <summary>
    /// A cell's text as the generator reads it (its row splitter, then the cell text rule), the same
    /// between spaced pipes and tight ones (<c>|x|</c>, where a row is written so); null when the
    /// markdown is more than one cell, or reads otherwise in one of the two.
    /// </summary>
    public static string? Read(string cellMarkdown)
    {
        var spaced = ReadRow("| " + cellMarkdown + " |");
        return spaced == ReadRow("|" + cellMarkdown + "|") ? spaced : null;
    }

    private static string? ReadRow(string row)
    {
        var cells = PipeTableReader.SplitRow(new SourceLine(row, 0, row.Length), new LineMap(string.Empty, row));
        return cells.Count == 1 ? cells[0].Text : null;
    }

    private static bool ReadsAs(string markdown, string text) => Read(markdown) == text;

    private static string Escape(string text, bool everyPunctuation)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inWord = i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            var escape = everyPunctuation
                ? char.IsAscii(c) && char.IsPunctuation(c) || char.IsAscii(c) && char.IsSymbol(c)
                : c is '\\' or '|' or '`' or '*' or '<' or '>' or '[' or ']' or '&' or '!' || (c == '_' && !inWord);
            if (c == '\\' && i == text.Length - 1)
            {
                // "\\" straight before a cell's closing pipe is read as "\" and an escaped pipe (GFM).
                builder.Append("&#92;");
                continue;
            }

            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
