using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// A code's message in each culture of the catalog: the culture file's row; else the page's own
/// column for that culture; else the page's text for the page's culture and for the neutral
/// culture; else the neutral culture's message. What a culture file lacks, or has for codes the page
/// does not list, is reported once per file.
/// </summary>
internal static class MessageResolver
{
    public static EquatableArray<string>[] Resolve(StatusTable table, ResolvedCultures resolved, DiagnosticBag diagnostics)
    {
        var cultures = resolved.Cultures;
        var rows = cultures.Select(culture => culture.Section?.Rows.ToDictionary(row => row.Code)).ToArray();
        var missing = cultures.Select(_ => new List<StatusEntry>()).ToArray();
        var messages = new EquatableArray<string>[table.Entries.Count];
        for (var e = 0; e < messages.Length; e++)
        {
            var entry = table.Entries[e];
            var texts = new string[cultures.Count];
            for (var i = 0; i < cultures.Count; i++)
            {
                if (rows[i] is { } byCode && byCode.TryGetValue(entry.Code, out var row) && row.Message.Length > 0)
                {
                    texts[i] = row.Message;
                }
                else if (cultures[i].Column >= 0 && entry.ColumnMessages[cultures[i].Column].Length > 0)
                {
                    texts[i] = entry.ColumnMessages[cultures[i].Column];
                }
                else
                {
                    texts[i] = i == 0 || i == resolved.PageCultureIndex ? entry.Description : texts[0];
                    if (cultures[i].Section is not null && i != resolved.PageCultureIndex)
                    {
                        missing[i].Add(entry);
                    }
                }
            }

            messages[e] = new EquatableArray<string>(texts);
        }

        for (var i = 0; i < cultures.Count; i++)
        {
            ReportMissing(cultures[i], missing[i], i == 0 || resolved.PageCultureIndex == 0 ? null : cultures[0].Tag, diagnostics);
            ReportUnknown(cultures[i], table, diagnostics);
        }

        return messages;
    }

    private static void ReportMissing(CatalogCulture culture, List<StatusEntry> missing, string? fallbackCulture, DiagnosticBag diagnostics)
    {
        if (missing.Count == 0)
        {
            return;
        }

        diagnostics.Add(
            DiagnosticDescriptors.CultureMissingCode,
            culture.Section!.Location,
            System.IO.Path.GetFileName(culture.File!.Path),
            missing.Count,
            DiagnosticDescriptors.CultureMissingCodeParts.Codes(missing.Select(entry => (entry.Code, entry.Description))),
            DiagnosticDescriptors.CultureMissingCodeParts.Fallback(fallbackCulture),
            missing[0].Code.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Rows of culture files for codes the page does not list: drift to clean up.</summary>
    private static void ReportUnknown(CatalogCulture culture, StatusTable table, DiagnosticBag diagnostics)
    {
        if (culture.Section is null)
        {
            return;
        }

        var pageCodes = new HashSet<int>(table.Entries.Select(entry => entry.Code));
        foreach (var row in culture.Section.Rows)
        {
            if (!pageCodes.Contains(row.Code))
            {
                diagnostics.Add(DiagnosticDescriptors.CultureUnknownCode, row.Location, System.IO.Path.GetFileName(culture.File!.Path), row.Code);
            }
        }
    }
}
