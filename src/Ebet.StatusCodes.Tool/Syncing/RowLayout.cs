using System.Collections.Generic;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// How a pipe table writes its rows, so that a new row looks like its neighbours: its indent,
/// whether rows start and end with a pipe, and, for a table whose lines all have one length (padded
/// by characters, as eBET's page is), each column's width and alignment from the delimiter row.
/// Otherwise a cell is written with one space each side, an empty one as a single space.
/// </summary>
internal sealed class RowLayout
{
    private readonly string _indent;
    private readonly bool _leadingPipe;
    private readonly bool _trailingPipe;
    private readonly IReadOnlyList<(int Width, bool Right)>? _columns;

    private RowLayout(string indent, bool leadingPipe, bool trailingPipe, IReadOnlyList<(int Width, bool Right)>? columns)
    {
        _indent = indent;
        _leadingPipe = leadingPipe;
        _trailingPipe = trailingPipe;
        _columns = columns;
    }

    /// <summary>The layout of rows written like this pipe table's header, delimiter row and body rows.</summary>
    public static RowLayout Of(string header, string delimiter, IEnumerable<string> rows)
    {
        var indent = header[..(header.Length - header.TrimStart(' ', '\t').Length)];
        var trimmed = header.Trim(' ', '\t');
        var aligned = rows.Append(delimiter).All(line => line.Length == header.Length);
        return new RowLayout(indent, trimmed.StartsWith('|'), trimmed.EndsWith('|'), aligned ? Columns(delimiter) : null);
    }

    /// <summary>A row of these cells (already markdown), laid out as the table's rows are.</summary>
    public string Format(IReadOnlyList<string> cells)
    {
        // Padding only between outer pipes: without them the first and last cells have no fixed edge.
        var padded = _leadingPipe && _trailingPipe && _columns is { } columns && columns.Count == cells.Count
            && cells.Select((cell, i) => cell.Length + 2 <= columns[i].Width).All(fits => fits);
        var body = string.Join('|', cells.Select((cell, i) => padded ? Pad(cell, _columns![i]) : cell.Length == 0 ? " " : " " + cell + " "));
        if (!_leadingPipe)
        {
            body = body.TrimStart(' ');
        }

        if (!_trailingPipe)
        {
            body = body.TrimEnd(' ');
        }

        return _indent + (_leadingPipe ? "|" : string.Empty) + body + (_trailingPipe ? "|" : string.Empty);
    }

    private static string Pad(string cell, (int Width, bool Right) column)
        => " " + (column.Right ? cell.PadLeft(column.Width - 2) : cell.PadRight(column.Width - 2)) + " ";

    /// <summary>Each column's width between its pipes and whether it is right-aligned (<c>---:</c>), from the delimiter row.</summary>
    private static List<(int Width, bool Right)> Columns(string delimiter)
    {
        var cells = delimiter.Trim(' ', '\t');
        cells = cells.StartsWith('|') ? cells[1..] : cells;
        cells = cells.EndsWith('|') ? cells[..^1] : cells;
        return cells.Split('|').Select(cell => (cell.Length, cell.Trim().EndsWith(':') && !cell.Trim().StartsWith(':'))).ToList();
    }
}
