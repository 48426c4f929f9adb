using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Picks the status table a catalog reads, as StatusCodeTable says: a heading or a 1-based position
/// among the page's status tables; without it, the first status table (a list of enums reads the
/// tables in order). Never picks silently: when the page has more status tables than it uses, it
/// says so.
/// </summary>
internal static class TableSelector
{
    public static StatusTable? Select(ParsedPage page, int catalogIndex, DiagnosticBag diagnostics)
    {
        var request = page.Request;
        var config = request.Catalogs[catalogIndex];
        if (page.Tables.IsEmpty)
        {
            // The page step has already said why (EBSC001-003).
            return null;
        }

        var fileName = System.IO.Path.GetFileName(request.Path);
        var selector = config.TableSelector.Trim();
        if (selector.Length == 0)
        {
            var first = page.Tables[0];
            if (page.Tables.Count > 1 && request.Catalogs.Count == 1)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.OtherTablesFound,
                    first.Location,
                    fileName,
                    page.Tables.Count,
                    config.EnumName,
                    first.DisplayName,
                    Describe(page.Tables.Skip(1)));
            }

            return first;
        }

        var byPosition = int.TryParse(selector.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var position);
        var selected = byPosition
            ? page.Tables.FirstOrDefault(table => table.Position == position)
            : page.Tables.FirstOrDefault(table => string.Equals(table.Heading, selector, StringComparison.OrdinalIgnoreCase));
        if (selected is null)
        {
            diagnostics.Add(
                DiagnosticDescriptors.TableSelectionNotFound,
                FileLocation.StartOf(request.Path),
                fileName,
                selector,
                config.EnumName,
                Describe(page.Tables));
        }

        return selected;
    }

    /// <summary>
    /// Tables as a list the StatusCodeTable metadata can pick from: position and heading, since
    /// tables below one heading share it (#1 'Responses', #2 'Responses', #3).
    /// </summary>
    private static string Describe(IEnumerable<StatusTable> tables)
        => string.Join(", ", tables.Select(table => "#" + table.Position.ToString(CultureInfo.InvariantCulture) + (table.Heading.Length > 0 ? " '" + table.Heading + "'" : string.Empty)));
}
