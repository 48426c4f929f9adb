using System.Collections.Generic;
using System.Text;
using Ebet.StatusCodes.Generator.Model;
using Markdig.Syntax;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Splits the lines of a <see cref="PipeTableBlock"/> (header, delimiter row, body rows) into cells
/// and reduces each cell to plain text.
/// </summary>
/// <remarks>
/// Markdig finds the table (<see cref="PipeTableBlockParser"/>, so tables in code blocks are never
/// read), but the rows are split here rather than by Markdig's pipe-table extension: that
/// extension takes time growing with the square of a table's rows and refuses a table of some
/// thousands of bold rows ("too deeply nested"), while this reader is linear and keeps each row's
/// cells as written, so a row with a missing or extra cell can be reported instead of padded.
/// The splitting follows GFM (<see cref="PipeTableSyntax"/>): an unescaped <c>|</c> ends a cell, even
/// inside a code span; <c>\|</c> is a literal pipe.
/// </remarks>
internal static class PipeTableReader
{
    /// <summary>The table in <paramref name="lines"/>: the header, the delimiter row, then the rows.</summary>
    public static MarkdownTable Read(IReadOnlyList<SourceLine> lines, string heading, LineMap map, LinkReferenceDefinitionGroup? definitions)
    {
        // One list of cell spans for every row, and the rows' array at its final size: a large table's
        // cost is its rows, so each allocates only what it keeps.
        var spans = new List<(int Start, int End)>();
        var rows = new TableRow[lines.Count - 2];
        for (var r = 2; r < lines.Count; r++)
        {
            var line = lines[r];
            rows[r - 2] = new TableRow(SplitRow(line, map, definitions, spans), line.SpanIn(map));
        }

        var header = lines[0];
        return new MarkdownTable(heading, header.SpanIn(map), SplitRow(header, map, definitions, spans), new EquatableArray<TableRow>(rows));
    }

    /// <summary>A delimiter row (<c>| --- | :-: |</c>), and its number of columns (see <see cref="PipeTableSyntax.DelimiterColumns"/>).</summary>
    internal static bool IsDelimiterRow(SourceLine line, out int columns)
    {
        columns = PipeTableSyntax.DelimiterColumns(line.Text, line.Start, line.End);
        return columns > 0;
    }

    /// <summary>Splits a row into cells at unescaped pipes; outer pipes are optional.</summary>
    /// <param name="definitions">The link reference definitions of the page, which cells' reference links use.</param>
    internal static EquatableArray<TableCell> SplitRow(SourceLine line, LineMap map, LinkReferenceDefinitionGroup? definitions = null)
        => SplitRow(line, map, definitions, new List<(int Start, int End)>());

    private static EquatableArray<TableCell> SplitRow(SourceLine line, LineMap map, LinkReferenceDefinitionGroup? definitions, List<(int Start, int End)> spans)
    {
        spans.Clear();
        PipeTableSyntax.SplitCells(line.Text, line.Start, line.End, spans);
        var cells = new TableCell[spans.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = MakeCell(line, spans[i].Start, spans[i].End, map, definitions);
        }

        return new EquatableArray<TableCell>(cells);
    }

    private static TableCell MakeCell(SourceLine line, int start, int end, LineMap map, LinkReferenceDefinitionGroup? definitions)
    {
        var text = line.Text;
        // An empty cell keeps its whole span, so a diagnostic about it points between its pipes.
        var (trimmedStart, trimmedEnd) = PipeTableSyntax.TrimSpaces(text, start, end);
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

        var location = line.SpanIn(map, start, end);
        try
        {
            return new TableCell(CellText.FromMarkdown(raw, definitions), location);
        }
        catch (System.ArgumentException exception)
        {
            throw new UnreadableMarkdownException(location, exception);
        }
    }

    private static string UnescapePipes(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '|' && PipeTableSyntax.IsEscapedPipe(raw, 0, i))
            {
                builder.Length--;
            }

            builder.Append(raw[i]);
        }

        return builder.ToString();
    }
}
