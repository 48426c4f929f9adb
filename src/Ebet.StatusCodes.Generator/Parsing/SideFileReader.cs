using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads an overlay or a culture file: one table per catalog under a heading that names its enum
/// (a file with a single table may omit the heading), each row keyed by the code.
/// </summary>
internal static class SideFileReader
{
    public const string UnknownCodeMessageKey = "unknown-code-message";

    public static SideFile Read(string path, string pagePath, string cultureTag, string text, CancellationToken cancellationToken)
    {
        var file = MarkdownFile.Read(path, text, cancellationToken);
        var isOverlay = cultureTag.Length == 0;
        var sections = new List<SideSection>();
        foreach (var table in file.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sections.Add(isOverlay ? ReadOverlayTable(table, path) : ReadCultureTable(table, path));
        }

        var unknownCodeMessages = file.FrontMatter
            .Where(pair => pair.Key.Equals(UnknownCodeMessageKey, System.StringComparison.OrdinalIgnoreCase)
                           || pair.Key.StartsWith(UnknownCodeMessageKey + ".", System.StringComparison.OrdinalIgnoreCase))
            .OrderBy(pair => pair.Key, System.StringComparer.Ordinal)
            .Select(pair => new UnknownCodeMessage(pair.Key.Substring(UnknownCodeMessageKey.Length).TrimStart('.'), pair.Value.Value, pair.Value.Location))
            .ToList();
        return new SideFile(
            path,
            pagePath,
            cultureTag,
            unknownCodeMessages.ToEquatableArray(),
            sections.ToEquatableArray(),
            new EquatableArray<DiagnosticInfo>(file.Diagnostics.ToArray()));
    }

    private static SideSection ReadOverlayTable(MarkdownTable table, string path)
    {
        var columns = new[]
        {
            ColumnTitles.Find(table.Header, ColumnTitles.Member),
            ColumnTitles.Find(table.Header, ColumnTitles.Class),
            ColumnTitles.Find(table.Header, ColumnTitles.VendorText),
            ColumnTitles.Find(table.Header, ColumnTitles.Notes),
        };

        return ReadTable(table, path, "member-name", ColumnTitles.Member, columns[0], (code, cells, location) =>
        {
            var member = Cell(cells, columns[0], location);
            var kind = Cell(cells, columns[1], location);
            return new SideEntry(code, location, member.Text, member.Location, kind.Text, kind.Location, Cell(cells, columns[2], location).Text, Cell(cells, columns[3], location).Text);
        });
    }

    private static SideSection ReadCultureTable(MarkdownTable table, string path)
    {
        var messageColumn = ColumnTitles.Find(table.Header, ColumnTitles.Message);
        return ReadTable(table, path, "message", ColumnTitles.Message, messageColumn, (code, cells, location) =>
        {
            var message = Cell(cells, messageColumn, location);
            return new SideEntry(code, location, string.Empty, location, string.Empty, location, message.Text, string.Empty);
        });
    }

    private static SideSection ReadTable(
        MarkdownTable table,
        string path,
        string requiredColumnName,
        IReadOnlyList<string> requiredColumnTitles,
        int requiredColumn,
        System.Func<int, EquatableArray<TableCell>, FileLocation, SideEntry> createEntry)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var entries = new List<SideEntry>();
        var codeColumn = ColumnTitles.Find(table.Header, ColumnTitles.Code);
        var fileName = System.IO.Path.GetFileName(path);
        if (codeColumn < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingColumn, table.Location, fileName, "code", ColumnTitles.Describe(ColumnTitles.Code)));
            return new SideSection(table.Heading, table.Location, EquatableArray<SideEntry>.Empty, diagnostics.ToEquatableArray());
        }

        if (requiredColumn < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingColumn, table.Location, fileName, requiredColumnName, ColumnTitles.Describe(requiredColumnTitles)));
            return new SideSection(table.Heading, table.Location, EquatableArray<SideEntry>.Empty, diagnostics.ToEquatableArray());
        }

        var firstLineOfCode = new Dictionary<int, int>();
        foreach (var row in table.Rows)
        {
            var codeCell = Cell(row.Cells, codeColumn, row.Location);
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
            entries.Add(createEntry(code, row.Cells, codeCell.Location));
        }

        return new SideSection(table.Heading, table.Location, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static TableCell Cell(EquatableArray<TableCell> cells, int column, FileLocation rowLocation)
        => column >= 0 && column < cells.Count ? cells[column] : new TableCell(string.Empty, rowLocation);
}
