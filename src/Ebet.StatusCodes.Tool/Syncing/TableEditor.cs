using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Output;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// Edits one pipe table of a side file by line, from the locations the generator's reader gives:
/// rows inserted (in code order when the table is sorted by code, else after its last row), cells
/// rewritten in place. Nothing else of the table is touched: an untouched row keeps its bytes, its
/// padding and its line ending.
/// </summary>
internal sealed class TableEditor
{
    private readonly LineEdits _edits;
    private readonly MarkdownTable _table;
    private readonly RowLayout _layout;
    private readonly List<(int Code, int Line)> _codedRows = new();
    private readonly Dictionary<int, List<(int Start, int Length, string Text)>> _cellEdits = new();
    private readonly List<(int Code, string Row)> _newRows = new();

    public TableEditor(LineEdits edits, MarkdownTable table)
    {
        _edits = edits;
        _table = table;
        var lines = edits.Document.Lines;
        var headerLine = table.Location.StartLine;
        var isPipeTable = headerLine + 1 < lines.Count
            && lines[headerLine].Content.Contains('|', StringComparison.Ordinal)
            && PipeTableReader.IsDelimiterRow(new SourceLine(lines[headerLine + 1].Content, 0, lines[headerLine + 1].Content.Length), out _);
        if (!isPipeTable)
        {
            throw new ToolException($"{Where(headerLine)}: the table is not a pipe table (an HTML table?): sync edits pipe tables only; edit this one by hand.");
        }

        _layout = RowLayout.Of(lines[headerLine].Content, lines[headerLine + 1].Content, table.Rows.Select(row => lines[row.Location.StartLine].Content));
        var codeColumn = Column(ColumnTitles.Code);
        foreach (var row in table.Rows)
        {
            if (StatusCodeText.TryParse(row.CellAt(codeColumn).Text, out var code) == StatusCodeText.Result.Ok)
            {
                _codedRows.Add((code, row.Location.StartLine));
            }
        }

        IsSorted = _codedRows.Zip(_codedRows.Skip(1)).All(pair => pair.First.Code < pair.Second.Code);
    }

    public int ColumnCount => _table.Header.Count;

    /// <summary>True when the table's codes rise row by row: new rows then go where their code belongs.</summary>
    public bool IsSorted { get; }

    /// <summary>The column the generator reads for one of these titles, as it finds it; -1 when there is none.</summary>
    public int Column(IReadOnlyList<string> titles) => ColumnTitles.Find(_table.Header, titles);

    /// <summary>A new row (cells as markdown, one per column), placed when <see cref="Flush"/> runs.</summary>
    public void AddRow(int code, IReadOnlyList<string> cells) => _newRows.Add((code, _layout.Format(cells)));

    /// <summary>A cell of the row on <paramref name="line"/> rewritten; an empty cell gets a space each side.</summary>
    public void ReplaceCell(int line, int column, string markdown) => EditCell(line, column, (raw, _) => raw.Trim().Length == 0 ? " " + markdown + " " : markdown);

    /// <summary>Text added at the end of a cell of the row on <paramref name="line"/>, after a space.</summary>
    public void AppendToCell(int line, int column, string markdown) => EditCell(line, column, (raw, _) => raw.Trim().Length == 0 ? " " + markdown + " " : raw + " " + markdown);

    /// <summary>The markdown of a cell as written (for the markers already in it).</summary>
    public string RawCell(int line, int column)
    {
        var (cell, _) = CellOf(line, column);
        return _edits.Document.Lines[line].Content.Substring(cell.Location.StartColumn, cell.Location.Length);
    }

    /// <summary>Writes the new rows and the cell edits into the file's edits.</summary>
    public void Flush()
    {
        foreach (var (line, edits) in _cellEdits)
        {
            var content = _edits.Document.Lines[line].Content;
            foreach (var (start, length, text) in edits.OrderByDescending(edit => edit.Start))
            {
                content = content[..start] + text + content[(start + length)..];
            }

            _edits.Replace(line, content);
        }

        var end = (_table.Rows.Count > 0 ? _table.Rows[^1].Location.StartLine : _table.Location.StartLine + 1) + 1;
        foreach (var (code, row) in IsSorted ? _newRows.OrderBy(row => row.Code) : _newRows.AsEnumerable())
        {
            var before = IsSorted ? _codedRows.Where(existing => existing.Code > code).Select(existing => existing.Line).DefaultIfEmpty(end).First() : end;
            _edits.InsertBefore(before, new[] { row });
        }

        _cellEdits.Clear();
        _newRows.Clear();
    }

    private void EditCell(int line, int column, Func<string, TableCell, string> rewrite)
    {
        var (cell, raw) = CellOf(line, column);
        if (!_cellEdits.TryGetValue(line, out var edits))
        {
            _cellEdits[line] = edits = new List<(int, int, string)>();
        }

        edits.Add((cell.Location.StartColumn, cell.Location.Length, rewrite(raw, cell)));
    }

    /// <summary>The cell, checked against the line: its text there must read as the generator read it, or the row is not edited.</summary>
    private (TableCell Cell, string Raw) CellOf(int line, int column)
    {
        var row = _table.Rows.FirstOrDefault(candidate => candidate.Location.StartLine == line);
        if (row is null || column < 0 || column >= row.Cells.Count)
        {
            throw new ToolException($"{Where(line)}: the row has no cell in column {column + 1}: complete the row by hand, then sync again.");
        }

        var cell = row.Cells[column];
        var content = _edits.Document.Lines[line].Content;
        var location = cell.Location;
        var raw = location.StartLine == line && location.EndLine == line && location.StartColumn + location.Length <= content.Length
            ? content.Substring(location.StartColumn, location.Length)
            : null;
        if (raw is null || (raw.Trim().Length > 0 && CellMarkdown.Read(raw) != cell.Text))
        {
            throw new ToolException($"{Where(line)}: cannot find the cell's text on its line: edit this row by hand.");
        }

        return (cell, raw);
    }

    private string Where(int line) => string.Create(CultureInfo.InvariantCulture, $"{DisplayPath.Of(_edits.Document.Path)}({line + 1})");
}
