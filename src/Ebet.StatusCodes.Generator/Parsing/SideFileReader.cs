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

        return ReadTable(table, path, "member-name", ColumnTitles.Member, columns[0], (code, row, codeCell) =>
        {
            var member = row.CellAt(columns[0]);
            var statusClass = row.CellAt(columns[1]);
            return new SideEntry(code, codeCell.Location, member.Text, member.Location, statusClass.Text, statusClass.Location, row.CellAt(columns[2]).Text, row.CellAt(columns[3]).Text);
        });
    }

    private static SideSection ReadCultureTable(MarkdownTable table, string path)
    {
        var messageColumn = ColumnTitles.Find(table.Header, ColumnTitles.Message);
        return ReadTable(table, path, "message", ColumnTitles.Message, messageColumn, (code, row, codeCell) =>
            new SideEntry(code, codeCell.Location, string.Empty, codeCell.Location, string.Empty, codeCell.Location, row.CellAt(messageColumn).Text, string.Empty));
    }

    private static SideSection ReadTable(
        MarkdownTable table,
        string path,
        string requiredColumnName,
        IReadOnlyList<string> requiredColumnTitles,
        int requiredColumn,
        System.Func<int, TableRow, TableCell, SideEntry> createEntry)
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

        var codes = new CodeColumnReader(diagnostics);
        foreach (var row in table.Rows)
        {
            var codeCell = row.CellAt(codeColumn);
            if (codes.TryRead(codeCell, out var code))
            {
                entries.Add(createEntry(code, row, codeCell));
            }
        }

        return new SideSection(table.Heading, table.Location, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
