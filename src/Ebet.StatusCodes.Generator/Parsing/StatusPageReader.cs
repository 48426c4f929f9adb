using System.Collections.Generic;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>Reads the vendor's page: finds its status tables and reads a code and a text from each row.</summary>
internal static class StatusPageReader
{
    public static ParsedPage Read(PageRequest request, string text, CancellationToken cancellationToken)
    {
        var file = MarkdownFile.Read(request.Path, text, cancellationToken);
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        var statusTables = new List<StatusTable>();
        var codeOnly = default(MarkdownTable);
        var descriptionOnly = default(MarkdownTable);

        foreach (var table in file.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var codeColumn = ColumnTitles.Find(table.Header, ColumnTitles.Code, request.Columns.Code);
            var descriptionColumn = ColumnTitles.Find(table.Header, ColumnTitles.Description, request.Columns.Description);
            if (codeColumn >= 0 && descriptionColumn >= 0 && codeColumn != descriptionColumn)
            {
                statusTables.Add(ReadTable(table, statusTables.Count + 1, codeColumn, descriptionColumn, cancellationToken));
            }
            else if (codeColumn >= 0)
            {
                codeOnly ??= table;
            }
            else if (descriptionColumn >= 0)
            {
                descriptionOnly ??= table;
            }
        }

        if (statusTables.Count == 0)
        {
            diagnostics.Add(codeOnly is not null
                ? DiagnosticInfo.Create(
                    DiagnosticDescriptors.MissingDescriptionColumn,
                    codeOnly.Location,
                    DisplayName(codeOnly),
                    ColumnTitles.Describe(ColumnTitles.Description, request.Columns.Description))
                : descriptionOnly is not null
                    ? DiagnosticInfo.Create(
                        DiagnosticDescriptors.MissingCodeColumn,
                        descriptionOnly.Location,
                        DisplayName(descriptionOnly),
                        ColumnTitles.Describe(ColumnTitles.Code, request.Columns.Code))
                    : DiagnosticInfo.Create(
                        DiagnosticDescriptors.NoStatusTable,
                        file.Tables.Count > 0 ? file.Tables[0].Location : FileLocation.StartOf(request.Path),
                        System.IO.Path.GetFileName(request.Path),
                        ColumnTitles.Describe(ColumnTitles.Code, request.Columns.Code),
                        ColumnTitles.Describe(ColumnTitles.Description, request.Columns.Description)));
        }

        return new ParsedPage(request, statusTables.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string DisplayName(MarkdownTable table)
        => table.Heading.Length > 0 ? "'" + table.Heading + "'" : "on line " + (table.Location.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StatusTable ReadTable(MarkdownTable table, int position, int codeColumn, int descriptionColumn, CancellationToken cancellationToken)
    {
        var entries = new List<StatusEntry>(table.Rows.Count);
        var diagnostics = new List<DiagnosticInfo>();
        var firstLineOfCode = new Dictionary<int, int>(table.Rows.Count);

        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = row.Cells;
            if (cells.Count != table.Header.Count)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.RowCellCount,
                    row.Location,
                    cells.Count,
                    table.Header.Count,
                    cells.Count < table.Header.Count
                        ? "the missing cells are read as empty; add them, or check for a '|' that should be written '\\|'"
                        : "the extra cells are ignored; remove them, or write a '|' inside a cell as '\\|'"));
            }

            var codeCell = codeColumn < cells.Count ? cells[codeColumn] : new TableCell(string.Empty, row.Location);
            var descriptionCell = descriptionColumn < cells.Count ? cells[descriptionColumn] : new TableCell(string.Empty, row.Location);

            switch (StatusCodeText.TryParse(codeCell.Text, out var code))
            {
                case StatusCodeText.Result.NotInteger:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CodeNotInteger, codeCell.Location, codeCell.Text));
                    continue;
                case StatusCodeText.Result.OutOfRange:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CodeOutOfRange, codeCell.Location, codeCell.Text, int.MinValue, int.MaxValue));
                    continue;
            }

            if (firstLineOfCode.TryGetValue(code, out var firstLine))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCode, codeCell.Location, code, firstLine + 1));
                continue;
            }

            firstLineOfCode.Add(code, codeCell.Location.StartLine);

            if (descriptionCell.Text.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDescription, descriptionCell.Location, code));
                continue;
            }

            entries.Add(new StatusEntry(code, descriptionCell.Text, codeCell.Location));
        }

        return new StatusTable(table.Heading, position, table.Location, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
