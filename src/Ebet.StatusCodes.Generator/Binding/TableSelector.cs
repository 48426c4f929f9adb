using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Picks the status tables a catalog reads, as StatusCodeTable says: a heading (every table under
/// it), a 1-based position among the page's status tables, or a range of them (<c>1-10</c>), several
/// joined by <c>+</c>; several tables are read as one list. Without a selection, a single enum reads
/// the first status table (a list of enums reads the tables in order). Never picks silently: when
/// the page has more status tables than it uses, it says so, as a warning when they look like more
/// of the same list (the same heading or the same columns, and none of the same codes).
/// </summary>
internal static class TableSelector
{
    public const char Join = '+';

    public static StatusTable? Select(ParsedPage page, int catalogIndex, DiagnosticBag diagnostics)
    {
        var request = page.Request;
        var config = request.Catalogs[catalogIndex];
        if (page.Tables.IsEmpty)
        {
            // The page step has already said why (EBSC001-003).
            return null;
        }

        var selector = config.TableSelector.Trim();
        if (selector.Length == 0)
        {
            if (request.Catalogs.Count == 1)
            {
                ReportUnusedTables(page, config.EnumName, diagnostics);
            }

            return page.Tables[0];
        }

        var selected = new List<StatusTable>();
        foreach (var part in selector.Split(Join).Select(part => part.Trim()))
        {
            var tables = Find(page.Tables, part);
            if (tables.Count == 0)
            {
                diagnostics.Add(
                    DiagnosticDescriptors.TableSelectionNotFound,
                    FileLocation.StartOf(request.Path),
                    System.IO.Path.GetFileName(request.Path),
                    part,
                    config.EnumName,
                    Describe(page.Tables));
                return null;
            }

            selected.AddRange(tables);
        }

        return StatusTableMerger.Merge(selected.Distinct().OrderBy(table => table.Position).ToList());
    }

    /// <summary>The tables one part of a selection names: a heading's tables, a position, or a range of positions.</summary>
    private static List<StatusTable> Find(EquatableArray<StatusTable> tables, string part)
    {
        var byHeading = tables.Where(table => string.Equals(table.Heading, part, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byHeading.Count > 0)
        {
            return byHeading;
        }

        var dash = part.IndexOf('-', 1);
        var (first, last) = dash > 0
            ? (Position(part.Substring(0, dash)), Position(part.Substring(dash + 1)))
            : (Position(part), Position(part));
        // A range must lie on the page: 2-9 on a page of four tables is a mistake to report, not
        // a request for what there is.
        return first > 0 && last >= first && last <= tables.Count
            ? tables.Where(table => table.Position >= first && table.Position <= last).ToList()
            : new List<StatusTable>();
    }

    private static int Position(string text)
        => int.TryParse(text.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : -1;

    private static void ReportUnusedTables(ParsedPage page, string enumName, DiagnosticBag diagnostics)
    {
        var first = page.Tables[0];
        var fileName = System.IO.Path.GetFileName(page.Request.Path);
        var others = page.Tables.Skip(1).ToList();
        var alike = others.Where(table => LooksAlike(first, table)).ToList();
        if (alike.Count > 0)
        {
            diagnostics.Add(
                DiagnosticDescriptors.MoreOfTheSameList,
                first.Location,
                fileName,
                DiagnosticDescriptors.Count(alike.Count, "more status table", "more status tables"),
                enumName,
                Describe(alike),
                Selector(new[] { first }.Concat(alike).Select(table => table.Position).ToList()));
        }

        var unlike = others.Except(alike).ToList();
        if (unlike.Count > 0)
        {
            diagnostics.Add(DiagnosticDescriptors.OtherTablesFound, first.Location, fileName, page.Tables.Count, enumName, first.DisplayName, Describe(unlike));
        }
    }

    /// <summary>
    /// Two parts of one list: under the same heading or with the same column titles, and no code in
    /// common (a table that repeats the first's codes, as eBET's channel table does, is another list).
    /// </summary>
    private static bool LooksAlike(StatusTable first, StatusTable other)
        => ((first.Heading.Length > 0 && string.Equals(first.Heading, other.Heading, StringComparison.OrdinalIgnoreCase))
            || (!first.ColumnTitles.IsEmpty && first.ColumnTitles == other.ColumnTitles))
           && !first.Entries.Select(entry => entry.Code).Intersect(other.Entries.Select(entry => entry.Code)).Any();

    /// <summary>The shortest selection of these positions: <c>1-10</c> when they run on, else <c>1+3+5</c>.</summary>
    private static string Selector(List<int> positions)
    {
        var text = positions.Select(position => position.ToString(CultureInfo.InvariantCulture)).ToList();
        return positions[positions.Count - 1] - positions[0] == positions.Count - 1
            ? text[0] + "-" + text[text.Count - 1]
            : string.Join(Join.ToString(), text);
    }

    /// <summary>
    /// Tables as a list the StatusCodeTable metadata can pick from: position and heading, since
    /// tables below one heading share it (#1 'Responses', #2 'Responses', #3).
    /// </summary>
    private static string Describe(IEnumerable<StatusTable> tables)
        => string.Join(", ", tables.Select(table => "#" + table.Position.ToString(CultureInfo.InvariantCulture) + (table.Heading.Length > 0 ? " '" + table.Heading + "'" : string.Empty)));
}
