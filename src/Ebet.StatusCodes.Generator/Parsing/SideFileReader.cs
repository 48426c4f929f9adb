using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads the tables of an overlay or a culture file, each row keyed by its code, bad rows reported
/// at their cell. Which catalog each table serves is decided afterwards, from the headings
/// (<see cref="Binding.SideTableAssigner"/>).
/// </summary>
internal static class SideFileReader
{
    public const string UnknownCodeMessageKey = "unknown-code-message";

    public static SideFileContent<OverlayRow> ReadOverlay(string path, string text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var content = new SideFileContent<OverlayRow>();
        if (Read(path, text, diagnostics, cancellationToken) is not { } file)
        {
            return content;
        }

        foreach (var table in file.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ColumnTitles.Find(table.Header, ColumnTitles.Code) < 0 && ClassMeaningReader.IsClassMeaningTable(table))
            {
                content.ClassMeanings.AddRange(ClassMeaningReader.Read(table, diagnostics));
            }
            else if (ReadOverlayTable(table, path, diagnostics) is { } overlayTable)
            {
                content.Tables.Add(overlayTable);
            }
        }

        return content;
    }

    public static SideFileContent<MessageRow> ReadCulture(string path, string text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var content = new SideFileContent<MessageRow>();
        if (Read(path, text, diagnostics, cancellationToken) is not { } file)
        {
            return content;
        }

        foreach (var table in file.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var messageColumn = ColumnTitles.Find(table.Header, ColumnTitles.Message);
            var read = ReadTable(table, path, DiagnosticDescriptors.MissingColumnName.Message, ColumnTitles.Message, messageColumn, diagnostics, (code, row, codeCell) =>
                new MessageRow(code, codeCell.Location, row.CellAt(messageColumn).Text));
            if (read is { } rows)
            {
                content.Tables.Add(new SideTable<MessageRow>(table.Heading, table.Location, rows));
            }
        }

        content.UnknownCodeMessages.AddRange(file.FrontMatter
            .Where(pair => pair.Key.Equals(UnknownCodeMessageKey, StringComparison.OrdinalIgnoreCase)
                           || pair.Key.StartsWith(UnknownCodeMessageKey + ".", StringComparison.OrdinalIgnoreCase))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new UnknownCodeMessage(pair.Key.Substring(UnknownCodeMessageKey.Length).TrimStart('.'), pair.Value.Value, pair.Value.Location)));
        return content;
    }

    /// <summary>The file's tables; null, with the failure at the cell, when a cell cannot be read as GitHub shows it.</summary>
    private static MarkdownFile? Read(string path, string text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            var file = MarkdownFile.Read(path, text, cancellationToken);
            diagnostics.AddRange(file.Diagnostics);
            return file;
        }
        catch (UnreadableMarkdownException exception)
        {
            diagnostics.AddRange(exception.ToDiagnostics());
            return null;
        }
    }

    private static SideTable<OverlayRow>? ReadOverlayTable(MarkdownTable table, string path, DiagnosticBag diagnostics)
    {
        var member = ColumnTitles.Find(table.Header, ColumnTitles.Member);
        var statusClass = ColumnTitles.Find(table.Header, ColumnTitles.Class);
        var vendorText = ColumnTitles.Find(table.Header, ColumnTitles.VendorText);
        var notes = ColumnTitles.Find(table.Header, ColumnTitles.Notes);
        var rows = ReadTable(table, path, DiagnosticDescriptors.MissingColumnName.Member, ColumnTitles.Member, member, diagnostics, (code, row, codeCell) =>
        {
            var memberCell = row.CellAt(member);
            var classCell = row.CellAt(statusClass);
            return new OverlayRow(code, codeCell.Location, memberCell.Text, memberCell.Location, classCell.Text, classCell.Location, row.CellAt(vendorText).Text, row.CellAt(notes).Text);
        });
        return rows is { } read ? new SideTable<OverlayRow>(table.Heading, table.Location, read) : null;
    }

    /// <summary>The rows of a table keyed by code; null (and EBSC017) when it lacks the code or the required column.</summary>
    private static EquatableArray<TRow>? ReadTable<TRow>(
        MarkdownTable table,
        string path,
        string requiredColumnName,
        IReadOnlyList<string> requiredColumnTitles,
        int requiredColumn,
        DiagnosticBag diagnostics,
        Func<int, TableRow, TableCell, TRow> createRow)
        where TRow : IEquatable<TRow>
    {
        var codeColumn = ColumnTitles.Find(table.Header, ColumnTitles.Code);
        var fileName = System.IO.Path.GetFileName(path);
        if (codeColumn < 0 || requiredColumn < 0)
        {
            diagnostics.Add(
                DiagnosticDescriptors.MissingColumn,
                table.Location,
                fileName,
                codeColumn < 0 ? DiagnosticDescriptors.MissingColumnName.Code : requiredColumnName,
                ColumnTitles.Describe(codeColumn < 0 ? ColumnTitles.Code : requiredColumnTitles));
            return null;
        }

        var rows = new List<TRow>(table.Rows.Count);
        var codes = new CodeColumnReader(diagnostics);
        foreach (var row in table.Rows)
        {
            var codeCell = row.CellAt(codeColumn);
            if (codes.TryRead(codeCell, out var code))
            {
                rows.Add(createRow(code, row, codeCell));
            }
        }

        return rows.ToEquatableArray();
    }
}

/// <summary>What one side file holds, before its tables are assigned to the catalogs of its page.</summary>
internal sealed class SideFileContent<TRow>
    where TRow : IEquatable<TRow>
{
    public List<SideTable<TRow>> Tables { get; } = new();

    /// <summary>The overlay's class meanings, with the heading of the table each came from as <see cref="ClassMeaning.Catalog"/>.</summary>
    public List<ClassMeaning> ClassMeanings { get; } = new();

    /// <summary>A culture file's front matter messages for codes the page does not list.</summary>
    public List<UnknownCodeMessage> UnknownCodeMessages { get; } = new();
}

/// <summary>One table of a side file, rows keyed by code, under the heading that says which catalog it serves.</summary>
internal sealed record SideTable<TRow>(string Heading, FileLocation Location, EquatableArray<TRow> Rows)
    where TRow : IEquatable<TRow>;
