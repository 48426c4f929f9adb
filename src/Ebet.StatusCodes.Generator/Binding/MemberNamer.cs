using System.Collections.Generic;
using System.Linq;
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
        NameFromPage(table, overlay, names, codeOfName, diagnostics);
        var fallbacks = NameTheRest(table, overlay, hasOverlay, overlayFileName, names, codeOfName, diagnostics);
        if (!hasOverlay && fallbacks.Count > 0)
        {
            diagnostics.Add(
                DiagnosticDescriptors.NoOverlay,
                table.Location,
                pageFileName,
                overlayFileName,
                DiagnosticDescriptors.Count(fallbacks.Count, "code", "codes"),
                DiagnosticDescriptors.FallbackNames(fallbacks.Select(index => names[index]).ToList()),
                table.Entries[fallbacks[0]].Code);
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

            var problem = Identifiers.MemberNameProblem(row.Member);
            if (problem != NameProblem.None)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.InvalidMemberName,
                    row.MemberLocation,
                    DiagnosticDescriptors.Show(row.Member),
                    entry.Code,
                    DiagnosticDescriptors.Explain(problem, row.Member),
                    Identifiers.FallbackMemberName(entry.Code));
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

    private static void NameFromPage(StatusTable table, OverlayRows overlay, string[] names, Dictionary<string, int> codeOfName, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < table.Entries.Count; i++)
        {
            var entry = table.Entries[i];
            if (names[i] is not null || entry.VendorName.Length == 0 || (overlay.TryGetRow(entry.Code, out var row) && row.Member.Length > 0))
            {
                continue;
            }

            // A name that is not an identifier is read as words ("token expired" gives TokenExpired),
            // as documented; anything else that changes or refuses the page's name is reported.
            var name = Identifiers.IsValidMemberName(entry.VendorName) ? entry.VendorName : Identifiers.FromWords(entry.VendorName);
            var problem = Identifiers.MemberNameProblem(name);
            var outcome = problem != NameProblem.None
                ? DiagnosticDescriptors.VendorNameNotUsedParts.Unusable(DiagnosticDescriptors.Explain(problem, name), Identifiers.FallbackMemberName(entry.Code))
                : codeOfName.TryGetValue(name, out var owner)
                    ? DiagnosticDescriptors.VendorNameNotUsedParts.Taken(owner, Identifiers.FallbackMemberName(entry.Code))
                    : null;
            if (outcome is null)
            {
                codeOfName.Add(name, entry.Code);
                names[i] = name;
                if (Identifiers.IndexOfFormatCharacter(entry.VendorName) >= 0)
                {
                    outcome = DiagnosticDescriptors.VendorNameNotUsedParts.InvisibleRemoved(name);
                }
            }

            if (outcome is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.VendorNameNotUsed, entry.Location, DiagnosticDescriptors.Show(entry.VendorName), entry.Code, outcome);
            }
        }
    }

    /// <returns>The indexes of the codes that got a fallback name.</returns>
    private static List<int> NameTheRest(
        StatusTable table,
        OverlayRows overlay,
        bool hasOverlay,
        string overlayFileName,
        string[] names,
        Dictionary<string, int> codeOfName,
        DiagnosticBag diagnostics)
    {
        var fallbacks = new List<int>();
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
            fallbacks.Add(i);
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
