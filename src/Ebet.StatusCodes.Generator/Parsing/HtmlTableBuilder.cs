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
    private readonly List<(List<TableCell> Cells, int Start, int End)> _rows = new();
    private List<TableCell>? _cells;
    private int _rowStart;
    private int _rowEnd;
    private StringBuilder? _cellText;
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
        _cells = new List<TableCell>();
        _rowStart = position;
        _rowEnd = position;
    }

    public void CloseRow(int position)
    {
        CloseCell(position);
        if (_cells is not null)
        {
            _rows.Add((_cells, _rowStart, Math.Max(_rowEnd, position)));
            _cells = null;
        }
    }

    public void StartCell(HtmlTag tag, List<DiagnosticInfo> diagnostics)
    {
        CloseCell(tag.Start);
        if (_cells is null)
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

        _cellText = new StringBuilder();
        _cellStart = tag.Start;
    }

    public void CloseCell(int position)
    {
        if (_cellText is null || _cells is null)
        {
            return;
        }

        _cells.Add(new TableCell(CellText.Normalize(_cellText.ToString()), Span(_cellStart, position)));
        _cellText = null;
        _rowEnd = position;
    }

    public void AppendText(string value) => _cellText?.Append(value);

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
            body.Add(new TableRow(row.Cells.ToEquatableArray(), Span(row.Start, row.End)));
        }

        return new MarkdownTable(heading, Span(header.Start, header.End), header.Cells.ToEquatableArray(), body.ToEquatableArray());
    }
}
