using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>Reads a code and a text from each row of a table whose columns are known; bad rows are reported at their cell.</summary>
internal static class StatusTableReader
{
    /// <returns>
    /// The table; and, when not one of its code cells is an integer while some hold text
    /// (<c>E1001</c>), the first such cell: the table is then a list of text codes, not a status table.
    /// </returns>
    public static (StatusTable Table, TableCell? TextCode) Read(MarkdownTable table, int position, TableColumns columns, PageRequest request, DiagnosticBag choices, CancellationToken cancellationToken)
    {
        var entries = new List<StatusEntry>(table.Rows.Count);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(choices.Items);
        var textCodes = new DiagnosticBag();
        var codes = new CodeColumnReader(diagnostics, textCodes);
        ReportMissingMessageColumns(table, columns, request, diagnostics);
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Cells.Count != table.Header.Count)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.RowCellCount,
                    row.Location,
                    DiagnosticDescriptors.Count(row.Cells.Count, "cell", "cells"),
                    table.Header.Count,
                    row.Cells.Count < table.Header.Count ? DiagnosticDescriptors.RowCellCountFix.MissingCells : DiagnosticDescriptors.RowCellCountFix.ExtraCells);
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

            entries.Add(new StatusEntry(code, descriptionCell.Text, codeCell.Location, row.CellAt(columns.VendorName).Text, MessagesOf(row, columns.Messages)));
        }

        // A table of text codes (E1001, ...) is one problem, not one per row.
        var textCode = codes.IntegerCount == 0 ? codes.FirstTextCode : null;
        if (textCode is null)
        {
            diagnostics.AddRange(textCodes.Items);
        }

        var titles = new EquatableArray<string>(table.Header.Select(cell => cell.Text).ToArray());
        return (new StatusTable(table.Heading, position, table.Location, entries.ToEquatableArray(), diagnostics.ToEquatableArray(), titles), textCode);
    }

    /// <summary>The row's text in each message column; none (and nothing allocated) for a table without them.</summary>
    private static EquatableArray<string> MessagesOf(TableRow row, int[] columns)
    {
        if (columns.Length == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var messages = new string[columns.Length];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = row.CellAt(columns[i]).Text;
        }

        return new EquatableArray<string>(messages);
    }

    private static void ReportMissingMessageColumns(MarkdownTable table, TableColumns columns, PageRequest request, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < columns.Messages.Length; i++)
        {
            if (columns.Messages[i] < 0)
            {
                var column = request.MessageColumns[i];
                diagnostics.Add(
                    DiagnosticDescriptors.MessageColumnNotFound,
                    table.Location,
                    column.Culture + "=" + column.Title,
                    DiagnosticDescriptors.TableName(table.Heading, table.Location),
                    column.Title,
                    column.Culture);
            }
        }
    }
}
