using System.Collections.Generic;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads the vendor's page: finds its status tables (a code column and a description column, and
/// integer codes) and reads each. A page without one is reported: as an error when the project named
/// it a catalog, as information when the <c>spec/</c> convention merely picked it up (a changelog, a
/// table of API fields), unless one of its tables is plainly a status table with a column missing.
/// </summary>
internal static class StatusPageReader
{
    public static ParsedPage Read(PageRequest request, string text, CancellationToken cancellationToken)
    {
        MarkdownFile file;
        try
        {
            file = MarkdownFile.Read(request.Path, text, cancellationToken);
        }
        catch (UnreadableMarkdownException exception)
        {
            return new ParsedPage(request, EquatableArray<StatusTable>.Empty, exception.ToDiagnostics());
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(file.Diagnostics);
        var statusTables = new List<StatusTable>();
        var rejected = new RejectedTables();
        foreach (var table in file.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var choices = new DiagnosticBag();
            var columns = ColumnChooser.Choose(table, request, choices);
            if (columns.Code >= 0 && columns.Description >= 0 && columns.Code != columns.Description)
            {
                var (statusTable, textCode) = StatusTableReader.Read(table, statusTables.Count + 1, columns, request, choices, cancellationToken);
                if (textCode is { } cell)
                {
                    rejected.TextCodes ??= (table, cell);
                }
                else
                {
                    statusTables.Add(statusTable);
                }
            }
            else if (columns.Code >= 0)
            {
                rejected.CodeOnly ??= table;
                if (rejected.CodeOnlyWithIntegers is null && HasIntegerCode(table, columns.Code))
                {
                    rejected.CodeOnlyWithIntegers = table;
                }
            }
            else if (columns.Description >= 0)
            {
                rejected.DescriptionOnly ??= table;
            }
        }

        if (statusTables.Count == 0 && file.Tables.Count > 0)
        {
            ReportNoStatusTable(request, file.Tables[0], rejected, diagnostics);
        }
        else if (statusTables.Count == 0 && !request.ByConvention)
        {
            diagnostics.Add(NoStatusTable(request, FileLocation.StartOf(request.Path)));
        }

        return new ParsedPage(request, statusTables.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static void ReportNoStatusTable(PageRequest request, MarkdownTable firstTable, RejectedTables rejected, DiagnosticBag diagnostics)
    {
        if (request.ByConvention && rejected.CodeOnlyWithIntegers is null)
        {
            var reason = rejected.TextCodes is var (table, cell)
                ? DiagnosticDescriptors.NotACatalogReason.TextCodes(TableName(table), cell.Text)
                : DiagnosticDescriptors.NotACatalogReason.NoColumns;
            diagnostics.Add(DiagnosticDescriptors.NotACatalog, firstTable.Location, System.IO.Path.GetFileName(request.Path), reason);
            return;
        }

        if (rejected.TextCodes is var (textTable, textCode) && !request.ByConvention)
        {
            diagnostics.Add(DiagnosticDescriptors.TextCodes, textCode.Location, TableName(textTable), textCode.Text);
        }
        else if ((request.ByConvention ? rejected.CodeOnlyWithIntegers : rejected.CodeOnly) is { } codeOnly)
        {
            diagnostics.Add(
                DiagnosticDescriptors.MissingDescriptionColumn,
                codeOnly.Location,
                TableName(codeOnly),
                ColumnTitles.Describe(ColumnTitles.Description, request.Columns.Description));
        }
        else if (rejected.DescriptionOnly is { } descriptionOnly)
        {
            diagnostics.Add(
                DiagnosticDescriptors.MissingCodeColumn,
                descriptionOnly.Location,
                TableName(descriptionOnly),
                ColumnTitles.Describe(ColumnTitles.Code, request.Columns.Code));
        }
        else
        {
            diagnostics.Add(NoStatusTable(request, firstTable.Location));
        }
    }

    private static DiagnosticInfo NoStatusTable(PageRequest request, FileLocation location)
        => DiagnosticInfo.Create(
            DiagnosticDescriptors.NoStatusTable,
            location,
            System.IO.Path.GetFileName(request.Path),
            ColumnTitles.Describe(ColumnTitles.Code, request.Columns.Code),
            ColumnTitles.Describe(ColumnTitles.Description, request.Columns.Description));

    private static bool HasIntegerCode(MarkdownTable table, int column)
    {
        foreach (var row in table.Rows)
        {
            if (StatusCodeText.TryParse(row.CellAt(column).Text, out _) == StatusCodeText.Result.Ok)
            {
                return true;
            }
        }

        return false;
    }

    private static string TableName(MarkdownTable table) => DiagnosticDescriptors.TableName(table.Heading, table.Location);

    /// <summary>The first table of each kind that came close to being a status table, for the message that says why none is.</summary>
    private sealed class RejectedTables
    {
        public (MarkdownTable Table, TableCell Cell)? TextCodes { get; set; }

        public MarkdownTable? CodeOnly { get; set; }

        public MarkdownTable? CodeOnlyWithIntegers { get; set; }

        public MarkdownTable? DescriptionOnly { get; set; }
    }
}
