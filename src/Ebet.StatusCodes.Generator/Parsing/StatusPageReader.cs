using System.Collections.Generic;
using System.Linq;
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
                var columns = new Columns(
                    codeColumn,
                    descriptionColumn,
                    ColumnTitles.Find(table.Header, ColumnTitles.VendorName, request.Columns.Name),
                    request.MessageColumns.Select(column => ColumnTitles.Find(table.Header, System.Array.Empty<string>(), column.Title)).ToArray());
                statusTables.Add(ReadTable(table, statusTables.Count + 1, columns, request, cancellationToken));
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

        // A document without any table that the convention picked up (a spec/README.md) is not a
        // page gone wrong: it is simply not a catalog.
        if (statusTables.Count == 0 && !(request.ByConvention && file.Tables.Count == 0))
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

    private static string DisplayName(MarkdownTable table) => DiagnosticDescriptors.TableName(table.Heading, table.Location);

    /// <summary>Where a status table keeps what the generator reads; -1 for a column it lacks.</summary>
    private sealed record Columns(int Code, int Description, int VendorName, int[] Messages);

    private static StatusTable ReadTable(MarkdownTable table, int position, Columns columns, PageRequest request, CancellationToken cancellationToken)
    {
        var entries = new List<StatusEntry>(table.Rows.Count);
        var diagnostics = new DiagnosticBag();
        var textCodes = new DiagnosticBag();
        var codes = new CodeColumnReader(diagnostics, textCodes);
        for (var i = 0; i < columns.Messages.Length; i++)
        {
            if (columns.Messages[i] < 0)
            {
                var column = request.MessageColumns[i];
                diagnostics.Add(DiagnosticDescriptors.MessageColumnNotFound, table.Location, column.Culture + "=" + column.Title, DisplayName(table), column.Title, column.Culture);
            }
        }

        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = row.Cells;
            if (cells.Count != table.Header.Count)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.RowCellCount,
                    row.Location,
                    cells.Count,
                    table.Header.Count,
                    cells.Count < table.Header.Count ? DiagnosticDescriptors.RowCellCountFix.MissingCells : DiagnosticDescriptors.RowCellCountFix.ExtraCells);
            }

            var codeCell = row.CellAt(columns.Code);
            var descriptionCell = row.CellAt(columns.Description);
            if (!codes.TryRead(codeCell, out var code))
            {
                continue;
            }

            if (descriptionCell.Text.Length == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyDescription, descriptionCell.Location, code);
                continue;
            }

            var messages = columns.Messages.Select(column => row.CellAt(column).Text).ToArray();
            entries.Add(new StatusEntry(code, descriptionCell.Text, codeCell.Location, row.CellAt(columns.VendorName).Text, new EquatableArray<string>(messages)));
        }

        // A table of text codes (E1001, ...) is one problem, not one per row.
        if (entries.Count == 0 && codes.FirstTextCode is { } firstTextCode)
        {
            diagnostics.Add(DiagnosticDescriptors.TextCodes, firstTextCode.Location, DisplayName(table), firstTextCode.Text);
        }
        else
        {
            diagnostics.AddRange(textCodes.Items);
        }

        return new StatusTable(table.Heading, position, table.Location, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
