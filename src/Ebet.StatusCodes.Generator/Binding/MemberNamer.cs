using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Naming;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Names the table's codes. A name comes from the overlay's row; else from the page's own Name
/// column (as written when it is an identifier, else its words in PascalCase); else the fallback
/// (Code200), with a diagnostic that says how to give a real one. Overlay names are claimed first,
/// then the page's, so neither is ever taken by a fallback; no name is used twice.
/// </summary>
internal static class MemberNamer
{
    /// <param name="overlayFileName">The overlay's file name, for the messages; the catalog may not have one.</param>
    /// <param name="hasOverlay">False when the catalog has no overlay at all (one diagnostic then, not one per code).</param>
    public static string[] Name(StatusTable table, OverlayRows overlay, bool hasOverlay, string overlayFileName, string pageFileName, DiagnosticBag diagnostics)
    {
        var names = new string[table.Entries.Count];
        var codeOfName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        NameFromOverlay(table, overlay, names, codeOfName, diagnostics);
        NameFromPage(table, overlay, names, codeOfName);
        var fallbacks = NameTheRest(table, overlay, hasOverlay, overlayFileName, names, codeOfName, diagnostics);
        if (!hasOverlay && fallbacks > 0)
        {
            diagnostics.Add(DiagnosticDescriptors.NoOverlay, table.Location, pageFileName, overlayFileName, fallbacks);
        }

        return names;
    }

    private static void NameFromOverlay(StatusTable table, OverlayRows overlay, string[] names, Dictionary<string, int> codeOfName, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < table.Entries.Count; i++)
        {
            var entry = table.Entries[i];
            if (!overlay.TryGetRow(entry.Code, out var row) || row.Member.Length == 0)
            {
                continue;
            }

            if (!Identifiers.IsValidMemberName(row.Member))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidMemberName, row.MemberLocation, row.Member, entry.Code, Identifiers.FallbackMemberName(entry.Code));
            }
            else if (codeOfName.TryGetValue(row.Member, out var owner))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateMemberName, row.MemberLocation, row.Member, owner, entry.Code, Identifiers.FallbackMemberName(entry.Code));
            }
            else
            {
                codeOfName.Add(row.Member, entry.Code);
                names[i] = row.Member;
            }
        }
    }

    private static void NameFromPage(StatusTable table, OverlayRows overlay, string[] names, Dictionary<string, int> codeOfName)
    {
        for (var i = 0; i < table.Entries.Count; i++)
        {
            var entry = table.Entries[i];
            if (names[i] is not null || entry.VendorName.Length == 0 || (overlay.TryGetRow(entry.Code, out var row) && row.Member.Length > 0))
            {
                continue;
            }

            var name = Identifiers.IsValidMemberName(entry.VendorName) ? entry.VendorName : Identifiers.FromWords(entry.VendorName);
            if (Identifiers.IsValidMemberName(name) && !codeOfName.ContainsKey(name))
            {
                codeOfName.Add(name, entry.Code);
                names[i] = name;
            }
        }
    }

    /// <returns>How many codes got a fallback name.</returns>
    private static int NameTheRest(
        StatusTable table,
        OverlayRows overlay,
        bool hasOverlay,
        string overlayFileName,
        string[] names,
        Dictionary<string, int> codeOfName,
        DiagnosticBag diagnostics)
    {
        var fallbacks = 0;
        for (var i = 0; i < table.Entries.Count; i++)
        {
            if (names[i] is not null)
            {
                continue;
            }

            var entry = table.Entries[i];
            var name = Identifiers.FallbackMemberName(entry.Code);
            while (codeOfName.ContainsKey(name))
            {
                name += "_";
            }

            codeOfName.Add(name, entry.Code);
            names[i] = name;
            fallbacks++;
            var hasRow = overlay.TryGetRow(entry.Code, out var row);
            if (hasOverlay && (!hasRow || row.Member.Length == 0))
            {
                diagnostics.Add(
                    DiagnosticDescriptors.FallbackMemberName,
                    hasRow ? row.MemberLocation : entry.Location,
                    entry.Code,
                    entry.Description,
                    overlayFileName,
                    name,
                    hasRow ? DiagnosticDescriptors.FallbackMemberNameFix.NameTheRow : DiagnosticDescriptors.FallbackMemberNameFix.AddRow(entry.Code));
            }
        }

        return fallbacks;
    }
}
