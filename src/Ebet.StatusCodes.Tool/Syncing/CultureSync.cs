using System;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// Brings one enum's table of each culture file in line with the page, as the build's warnings ask:
/// rows for codes the page no longer lists removed (EBSC021), and in every culture but the page's
/// own, a row for each code without a message (EBSC020). Such a row carries the message the
/// generated code gives that culture today (the page's text, or the neutral culture's message),
/// followed by <see cref="CellMarkdown.TranslateMarker"/>: the build is clean and behaves exactly as
/// before, and the marker, invisible in the rendered table, says what a translator has to do. The
/// message of a code the vendor reworded gets the marker too.
/// </summary>
internal static class CultureSync
{
    public static void Plan(BoundCatalog catalog, SyncDocuments documents, bool keepStale)
    {
        var listed = catalog.Spec.Codes.Select(code => code.Value).ToHashSet();
        var reworded = catalog.OverlaySection?.Rows
            .Where(row => catalog.Spec.Codes.FirstOrDefault(code => code.Value == row.Code) is { } code && OverlaySync.IsReworded(row, code))
            .Select(row => row.Code)
            .ToHashSet() ?? new();
        foreach (var file in catalog.Cultures)
        {
            if (catalog.SectionOf(file) is not { } section || catalog.CultureIndex(file.CultureTag) is not (var culture and >= 0))
            {
                continue;
            }

            var document = documents.Open(file.Path);
            foreach (var row in section.Rows.Where(row => !listed.Contains(row.Code)))
            {
                document.RemoveRow(row.Location.StartLine, catalog.EnumName, keepStale);
                document.Changes.Add(new SyncChange('-', row.Code, "the page no longer lists it"));
            }

            // The page's own culture falls back to the page's text, which is in that culture: no row is missing there.
            var everyCode = culture != catalog.Spec.PageCultureIndex;
            var rows = section.Rows.ToDictionary(row => row.Code);
            var editor = document.EditorAt(section.Location);
            foreach (var code in catalog.Spec.Codes)
            {
                if (rows.TryGetValue(code.Value, out var row))
                {
                    Update(document, row, code.Messages[culture], everyCode, reworded.Contains(code.Value));
                }
                else if (everyCode)
                {
                    editor.AddRow(code.Value, Cells(editor, code.Value, code.Messages[culture]));
                    document.Changes.Add(new SyncChange('+', code.Value, $"'{code.Messages[culture]}', to translate"));
                }
            }
        }
    }

    private static void Update(SideDocument document, MessageRow row, string message, bool everyCode, bool reworded)
    {
        var line = row.Location.StartLine;
        var editor = document.EditorForRow(line);
        var column = editor.Column(ColumnTitles.Message);
        if (row.Message.Length == 0 && everyCode)
        {
            editor.ReplaceCell(line, column, Translatable(message));
            document.Changes.Add(new SyncChange('~', row.Code, $"empty message: '{message}', to translate"));
        }
        else if (reworded && !editor.RawCell(line, column).Contains(CellMarkdown.TranslateMarker, StringComparison.Ordinal))
        {
            editor.AppendToCell(line, column, CellMarkdown.TranslateMarker);
            document.Changes.Add(new SyncChange('~', row.Code, "the vendor reworded it: its message is marked for review"));
        }
    }

    private static string[] Cells(TableEditor editor, int code, string message)
    {
        var cells = new string[editor.ColumnCount];
        Array.Fill(cells, string.Empty);
        cells[editor.Column(ColumnTitles.Code)] = code.ToString(CultureInfo.InvariantCulture);
        cells[editor.Column(ColumnTitles.Message)] = Translatable(message);
        return cells;
    }

    private static string Translatable(string message) => CellMarkdown.Encode(message) + " " + CellMarkdown.TranslateMarker;
}
