using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>A table found in a markdown file, pipe or HTML, with its cells already reduced to plain text.</summary>
/// <param name="Heading">The plain text of the nearest heading above the table; empty if there is none.</param>
/// <param name="Location">The header row.</param>
internal sealed record MarkdownTable(
    string Heading,
    FileLocation Location,
    EquatableArray<TableCell> Header,
    EquatableArray<TableRow> Rows);

/// <summary>A body row; <see cref="Cells"/> holds the cells as written, however many there are.</summary>
internal sealed record TableRow(EquatableArray<TableCell> Cells, FileLocation Location)
{
    /// <summary>The cell in <paramref name="column"/>; an empty one at the row when the row has none there (or the column is -1).</summary>
    public TableCell CellAt(int column)
        => column >= 0 && column < Cells.Count ? Cells[column] : new TableCell(string.Empty, Location);
}

internal readonly record struct TableCell(string Text, FileLocation Location);
