using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Running;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// Brings one enum's rows of the overlay in line with the page, as the build's drift warnings ask:
/// a row for each code without one (EBSC014), its class left empty for a person to set; a name in
/// an empty member cell (EBSC014); the page's new text in the vendor-text cell of a reworded code
/// (EBSC015); rows for codes the page no longer lists removed (EBSC013). A catalog without a table
/// in the overlay gets one, under a heading that is the enum's name.
/// </summary>
internal static class OverlaySync
{
    /// <summary>The columns of a table sync writes, titled as the generator knows them.</summary>
    public static readonly IReadOnlyList<string> Header = new[] { "Code", "Member", "Class", "Vendor text", "Notes" };

    public static void Plan(BoundCatalog catalog, SyncDocuments documents, bool keepStale)
    {
        var overlay = documents.Overlay(catalog);
        var names = new MemberNames(catalog);
        if (catalog.OverlaySection is not { } section)
        {
            AppendTable(catalog, overlay, names);
            return;
        }

        var listed = catalog.Spec.Codes.Select(code => code.Value).ToHashSet();
        foreach (var row in section.Rows.Where(row => !listed.Contains(row.Code)))
        {
            overlay.RemoveRow(row.Location.StartLine, catalog.EnumName, keepStale);
            overlay.Changes.Add(new SyncChange('-', row.Code, $"{(row.Member.Length > 0 ? row.Member : "(no name)")}: the page no longer lists it"));
        }

        var rows = section.Rows.ToDictionary(row => row.Code);
        var editor = overlay.EditorAt(section.Location);
        for (var i = 0; i < catalog.Spec.Codes.Count; i++)
        {
            var code = catalog.Spec.Codes[i];
            if (rows.TryGetValue(code.Value, out var row))
            {
                Update(overlay, row, code, names, i);
            }
            else
            {
                var name = names.For(i);
                editor.AddRow(code.Value, Cells(editor, code, name));
                overlay.Changes.Add(new SyncChange('+', code.Value, $"{name}, no class yet: '{code.Description}'"));
            }
        }
    }

    /// <summary>True for a row written for a text the page no longer has (what EBSC015 reports).</summary>
    public static bool IsReworded(OverlayRow row, CodeSpec code)
        => row.VendorText.Length > 0 && !string.Equals(row.VendorText, code.Description, StringComparison.Ordinal);

    private static void Update(SideDocument overlay, OverlayRow row, CodeSpec code, MemberNames names, int index)
    {
        var line = row.Location.StartLine;
        var editor = overlay.EditorForRow(line);
        if (row.Member.Length == 0)
        {
            var name = names.For(index);
            editor.ReplaceCell(line, editor.Column(ColumnTitles.Member), CellMarkdown.Encode(name));
            overlay.Changes.Add(new SyncChange('~', code.Value, $"named {name}"));
        }

        if (IsReworded(row, code))
        {
            editor.ReplaceCell(line, editor.Column(ColumnTitles.VendorText), CellMarkdown.Encode(code.Description));
            overlay.Changes.Add(new SyncChange('~', code.Value, $"reworded from '{row.VendorText}' to '{code.Description}': check its name, class and messages"));
        }
    }

    private static string[] Cells(TableEditor editor, CodeSpec code, string name)
    {
        var cells = new string[editor.ColumnCount];
        Array.Fill(cells, string.Empty);
        cells[editor.Column(ColumnTitles.Code)] = code.Value.ToString(CultureInfo.InvariantCulture);
        cells[editor.Column(ColumnTitles.Member)] = CellMarkdown.Encode(name);
        if (editor.Column(ColumnTitles.VendorText) is var vendorText and >= 0)
        {
            cells[vendorText] = CellMarkdown.Encode(code.Description);
        }

        return cells;
    }

    private static void AppendTable(BoundCatalog catalog, SideDocument overlay, MemberNames names)
    {
        var lines = new List<string>
        {
            "## " + catalog.EnumName,
            string.Empty,
            "| " + string.Join(" | ", Header) + " |",
            "| ---: | --- | --- | --- | --- |",
        };
        for (var i = 0; i < catalog.Spec.Codes.Count; i++)
        {
            var code = catalog.Spec.Codes[i];
            var name = names.For(i);
            lines.Add($"| {code.Value.ToString(CultureInfo.InvariantCulture)} | {CellMarkdown.Encode(name)} | | {CellMarkdown.Encode(code.Description)} | |");
            overlay.Changes.Add(new SyncChange('+', code.Value, $"{name}, no class yet: '{code.Description}'"));
        }

        overlay.Append(lines);
    }
}
