using System.Collections.Generic;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// The line grammar of GitHub's pipe tables (cmark-gfm's table scanners): where a row's cells are,
/// what a delimiter row is. Offsets are into a line's text, [start, end) without the line break.
/// </summary>
internal static class PipeTableSyntax
{
    /// <summary>
    /// Splits a row at its unescaped pipes (a pipe right after a backslash is text, <c>\\|</c> too, as
    /// GFM's cell scanner reads it: <see cref="IsEscapedPipe"/>) and
    /// returns the number of cells; <paramref name="cells"/>, when given, receives each cell's span
    /// between its pipes. Outer pipes are optional; a line that is only a pipe has no cell, and so
    /// is no row.
    /// </summary>
    public static int SplitCells(string text, int start, int end, List<(int Start, int End)>? cells = null)
    {
        (start, end) = TrimSpaces(text, start, end);
        if (start < end && text[start] == '|')
        {
            start++;
            if (TrimSpaces(text, start, end).Start == end)
            {
                return 0;
            }
        }

        if (end > start && text[end - 1] == '|' && !IsEscapedPipe(text, start, end - 1))
        {
            end--;
        }

        var count = 0;
        var cellStart = start;
        for (var position = start; position <= end; position++)
        {
            if (position == end || (text[position] == '|' && !IsEscapedPipe(text, start, position)))
            {
                cells?.Add((cellStart, position));
                count++;
                cellStart = position + 1;
            }
        }

        return count;
    }

    /// <summary>
    /// The number of columns of a delimiter row (cells of <c>:?-+:?</c>, outer pipes optional; one
    /// column needs no pipe at all), or 0 when the line is not one.
    /// </summary>
    public static int DelimiterColumns(string text, int start, int end)
    {
        (start, end) = WithoutOuter(text, TrimSpaces(text, start, end), '|');
        var columns = 0;
        var cellStart = start;
        for (var position = start; position <= end; position++)
        {
            if (position < end && text[position] != '|')
            {
                continue;
            }

            if (!IsDelimiterCell(text, cellStart, position))
            {
                return 0;
            }

            columns++;
            cellStart = position + 1;
        }

        return columns;
    }

    /// <summary>
    /// A line of hyphens alone: under a paragraph's line it is a setext heading's underline, which
    /// CommonMark and GFM read before any table.
    /// </summary>
    public static bool IsSetextUnderline(string text, int start, int end)
    {
        (start, end) = TrimSpaces(text, start, end);
        for (var i = start; i < end; i++)
        {
            if (text[i] != '-')
            {
                return false;
            }
        }

        return start < end;
    }

    /// <summary>A footnote definition's start (<c>[^label]:</c>), which GitHub reads as a block that ends a table.</summary>
    public static bool IsFootnoteDefinition(string text, int start, int end)
    {
        if (end - start < 5 || text[start] != '[' || text[start + 1] != '^')
        {
            return false;
        }

        for (var i = start + 2; i < end; i++)
        {
            switch (text[i])
            {
                case ']':
                    return i > start + 2 && i + 1 < end && text[i + 1] == ':';
                case ' ' or '\t' or '\r' or '\n' or '\0':
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the pipe at <paramref name="index"/> is text in a table row: a backslash before it,
    /// whatever precedes that backslash. GFM's cell scanner takes <c>\|</c> as one character, and
    /// removes its backslash before the cell's inlines are read: <c>C:\\|</c> is the cell <c>C:|</c>, not
    /// <c>C:\</c> and a new cell.
    /// </summary>
    public static bool IsEscapedPipe(string text, int lowerBound, int index) => index > lowerBound && text[index - 1] == '\\';

    /// <summary>True when an odd number of backslashes precede <paramref name="index"/>: a CommonMark backslash escape.</summary>
    public static bool IsEscaped(string text, int lowerBound, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= lowerBound && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>Without GFM's table spaces (space, tab, vertical tab, form feed) at either end, and any line break at the end.</summary>
    public static (int Start, int End) TrimSpaces(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && (IsSpace(text[end - 1]) || text[end - 1] is '\r' or '\n'))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The span without one <paramref name="c"/> at each end, where there is one.</summary>
    private static (int Start, int End) WithoutOuter(string text, (int Start, int End) span, char c)
    {
        var (start, end) = span;
        if (start < end && text[start] == c)
        {
            start++;
        }

        if (end > start && text[end - 1] == c)
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\v' or '\f';

    private static bool IsDelimiterCell(string text, int start, int end)
    {
        (start, end) = WithoutOuter(text, TrimSpaces(text, start, end), ':');
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
}
