using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// What the overlay says about each code of the table (its class and notes) and where the overlay
/// has drifted from the page: a code the vendor reworded since the row was written (EBSC015), a row
/// for a code the page no longer lists (EBSC013).
/// </summary>
internal sealed class OverlayRows
{
    private readonly Dictionary<int, OverlayRow> _byCode = new();

    private OverlayRows(OverlaySection? section)
    {
        Section = section;
        foreach (var row in section?.Rows ?? EquatableArray<OverlayRow>.Empty)
        {
            _byCode[row.Code] = row;
        }
    }

    /// <summary>The catalog's section of the overlay; null when the catalog has no overlay, or no rows in it.</summary>
    public OverlaySection? Section { get; }

    public static OverlayRows For(OverlaySection? section) => new(section);

    public bool TryGetRow(int code, out OverlayRow row) => _byCode.TryGetValue(code, out row!);

    /// <summary>Each entry's class and notes, in the table's order, with what has drifted reported.</summary>
    public (StatusClass Class, string Notes)[] Describe(StatusTable table, string pageFileName, DiagnosticBag diagnostics)
    {
        var result = new (StatusClass, string)[table.Entries.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var entry = table.Entries[i];
            if (!_byCode.TryGetValue(entry.Code, out var row))
            {
                result[i] = (StatusClass.Unknown, string.Empty);
                continue;
            }

            var statusClass = StatusClass.Unknown;
            if (row.Class.Length > 0 && !StatusClasses.TryParse(row.Class, out statusClass))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownClass, row.ClassLocation, row.Class, DiagnosticDescriptors.UnknownClassEffect.CodeUnclassified(entry.Code));
            }

            if (row.VendorText.Length > 0 && !string.Equals(row.VendorText, entry.Description, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticDescriptors.RewordedCode, entry.Location, entry.Code, entry.Description, row.VendorText);
            }

            result[i] = (statusClass, row.Notes);
        }

        ReportStaleRows(table, pageFileName, diagnostics);
        return result;
    }

    private void ReportStaleRows(StatusTable table, string pageFileName, DiagnosticBag diagnostics)
    {
        var pageCodes = new HashSet<int>(table.Entries.Select(entry => entry.Code));
        foreach (var row in Section?.Rows ?? EquatableArray<OverlayRow>.Empty)
        {
            if (!pageCodes.Contains(row.Code))
            {
                diagnostics.Add(
                    DiagnosticDescriptors.StaleOverlayRow,
                    row.Location,
                    row.Code,
                    row.Member.Length > 0 ? row.Member : DiagnosticDescriptors.StaleRowWithoutName,
                    pageFileName);
            }
        }
    }
}
