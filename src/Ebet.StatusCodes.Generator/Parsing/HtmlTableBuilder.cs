using System;
using System.Collections.Generic;
using System.Text;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>Collects an HTML table's rows and cells as its tags arrive; offsets are in <see cref="HtmlSource.Text"/>.</summary>
internal sealed class HtmlTableBuilder
{
    private readonly LineMap _lines;
    private readonly HtmlSource _source;
    private readonly List<(TableCell[] Cells, int Start, int End)> _rows = new();

    // The open row's cells and the open cell's text, reused from row to row and cell to cell.
    private readonly List<TableCell> _cells = new();
    private readonly StringBuilder _cellText = new();
    private bool _inRow;
    private bool _inCell;
    private int _rowStart;
    private int _rowEnd;
    private int _cellStart;

    public HtmlTableBuilder(LineMap lines, HtmlSource source)
    {
        _lines = lines;
        _source = source;
    }

    /// <summary>The file location of [<paramref name="start"/>, <paramref name="end"/>) in the HTML text.</summary>
    public FileLocation Span(int start, int end) => _lines.Span(_source.ToFile(start), _source.ToFile(end));

    public void StartRow(int position)
    {
        CloseRow(position);
        _inRow = true;
        _rowStart = position;
        _rowEnd = position;
    }

    public void CloseRow(int position)
    {
        CloseCell(position);
        if (_inRow)
        {
            _rows.Add((_cells.ToArray(), _rowStart, Math.Max(_rowEnd, position)));
            _cells.Clear();
            _inRow = false;
        }
    }

    public void StartCell(HtmlTag tag, List<DiagnosticInfo> diagnostics)
    {
        CloseCell(tag.Start);
        if (!_inRow)
        {
            // <td> straight inside <table> or <tbody>: HTML implies the row.
            StartRow(tag.Start);
        }

        if (tag.Spans)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.MalformedHtmlTable,
                Span(tag.Start, tag.End),
                "colspan and rowspan are not supported in a status table: give every row one cell per column"));
        }

        _cellText.Clear();
        _inCell = true;
        _cellStart = tag.Start;
    }

    public void CloseCell(int position)
    {
        if (!_inCell || !_inRow)
        {
            return;
        }

        _cells.Add(new TableCell(CellText.Normalize(_cellText.ToString()), Span(_cellStart, position)));
        _inCell = false;
        _rowEnd = position;
    }

    /// <summary>Text of the open cell, if one is open: [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="source"/>.</summary>
    public void AppendText(string source, int start, int length)
    {
        if (_inCell)
        {
            _cellText.Append(source, start, length);
        }
    }

    public void AppendText(string value) => AppendText(value, 0, value.Length);

    public MarkdownTable? Build(string heading)
    {
        if (_rows.Count == 0)
        {
            return null;
        }

        // The header is the first row: the vendor writes <th> cells there, but a table whose first
        // row uses <td> is read the same way, as a pipe table's first row is its header.
        var header = _rows[0];
        var body = new List<TableRow>(_rows.Count - 1);
        for (var i = 1; i < _rows.Count; i++)
        {
            var row = _rows[i];
            body.Add(new TableRow(new EquatableArray<TableCell>(row.Cells), Span(row.Start, row.End)));
        }

        return new MarkdownTable(heading, Span(header.Start, header.End), new EquatableArray<TableCell>(header.Cells), body.ToEquatableArray());
    }
}
