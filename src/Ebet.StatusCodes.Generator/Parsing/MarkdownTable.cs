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
internal sealed record TableRow(EquatableArray<TableCell> Cells, FileLocation Location);

internal readonly record struct TableCell(string Text, FileLocation Location);
