using System.Collections.Generic;
using System.Text;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads a GitHub-flavoured pipe table out of the lines of one markdown paragraph: a header row, a
/// delimiter row (<c>| --- | :-: |</c>) with as many cells, then body rows to the paragraph's end.
/// </summary>
/// <remarks>
/// Markdig finds the paragraph (so tables in code blocks are never read) and reduces each cell to
/// plain text, but the rows are split here rather than by Markdig's pipe-table extension: that
/// extension takes time growing with the square of a table's rows and refuses a table of some
/// thousands of bold rows ("too deeply nested"), while this reader is linear and keeps each row's
/// cells as written, so a row with a missing or extra cell can be reported instead of padded.
/// The splitting follows GFM: an unescaped <c>|</c> ends a cell, even inside a code span; <c>\|</c> is a
/// literal pipe.
/// </remarks>
internal static class PipeTableReader
{
    /// <summary>Reads the table in <paramref name="lines"/>, if one starts there; text lines before it are skipped.</summary>
    public static MarkdownTable? TryRead(IReadOnlyList<SourceLine> lines, string heading, LineMap map)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!IsDelimiterRow(lines[i + 1], out var columns))
            {
                continue;
            }

            var header = SplitRow(lines[i], map);
            if (header.Count != columns)
            {
                continue;
            }

            var rows = new List<TableRow>(lines.Count - i - 2);
            for (var r = i + 2; r < lines.Count; r++)
            {
                var line = lines[r];
                rows.Add(new TableRow(SplitRow(line, map), map.Span(line.Start + line.FileOffset, line.End + line.FileOffset)));
            }

            return new MarkdownTable(heading, map.Span(lines[i].Start + lines[i].FileOffset, lines[i].End + lines[i].FileOffset), header, rows.ToEquatableArray());
        }

        return null;
    }

    /// <summary>A delimiter row: cells of <c>:?-+:?</c> separated by pipes, with at least one pipe.</summary>
    internal static bool IsDelimiterRow(SourceLine line, out int columns)
    {
        columns = 0;
        var text = line.Text;
        var (start, end) = Trim(text, line.Start, line.End);
        if (text.IndexOf('|', start, end - start) < 0)
        {
            return false;
        }

        if (text[start] == '|')
        {
            start++;
        }

        if (end > start && text[end - 1] == '|')
        {
            end--;
        }

        var cellStart = start;
        for (var position = start; position <= end; position++)
        {
            if (position < end && text[position] != '|')
            {
                continue;
            }

            if (!IsDelimiterCell(text, cellStart, position))
            {
                columns = 0;
                return false;
            }

            columns++;
            cellStart = position + 1;
        }

        return true;
    }

    private static bool IsDelimiterCell(string text, int start, int end)
    {
        (start, end) = Trim(text, start, end);
        if (start < end && text[start] == ':')
        {
            start++;
        }

        if (end > start && text[end - 1] == ':')
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a row into cells at unescaped pipes; outer pipes are optional.</summary>
    internal static EquatableArray<TableCell> SplitRow(SourceLine line, LineMap map)
    {
        var text = line.Text;
        var (start, end) = Trim(text, line.Start, line.End);
        if (start < end && text[start] == '|')
        {
            start++;
        }

        if (end > start && text[end - 1] == '|' && !IsEscaped(text, start, end - 1))
        {
            end--;
        }

        var cells = new List<TableCell>();
        var cellStart = start;
        for (var position = start; position <= end; position++)
        {
            if (position == end || (text[position] == '|' && !IsEscaped(text, start, position)))
            {
                cells.Add(MakeCell(text, cellStart, position, line.FileOffset, map));
                cellStart = position + 1;
            }
        }

        return cells.ToEquatableArray();
    }

    private static TableCell MakeCell(string text, int start, int end, int fileOffset, LineMap map)
    {
        // An empty cell keeps its whole span, so a diagnostic about it points between its pipes.
        var (trimmedStart, trimmedEnd) = Trim(text, start, end);
        if (trimmedStart < trimmedEnd)
        {
            (start, end) = (trimmedStart, trimmedEnd);
        }

        var raw = text.Substring(start, end - start);

        // GFM removes the backslash of an escaped pipe before inline parsing, even in code spans.
        if (raw.IndexOf("\\|", System.StringComparison.Ordinal) >= 0)
        {
            raw = UnescapePipes(raw);
        }

        return new TableCell(CellText.FromMarkdown(raw), map.Span(start + fileOffset, end + fileOffset));
    }

    private static string UnescapePipes(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '|' && IsEscaped(raw, 0, i))
            {
                builder.Length--;
            }

            builder.Append(raw[i]);
        }

        return builder.ToString();
    }

    /// <summary>True when an odd number of backslashes precede <paramref name="index"/>.</summary>
    private static bool IsEscaped(string text, int lowerBound, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= lowerBound && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }

        while (end > start && text[end - 1] is ' ' or '\t' or '\r' or '\n')
        {
            end--;
        }

        return (start, end);
    }
}
