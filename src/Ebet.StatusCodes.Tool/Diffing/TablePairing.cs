using System;
using System.Collections.Generic;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// Decides which table of the new page is which table of the old one. Headings first (the same
/// heading, any case, in order: a list split over tables under one heading pairs part by part);
/// then, for tables whose heading changed, the pair with the most codes in common, nearest
/// positions first on a tie. A table that shares neither with any other is added or removed.
/// </summary>
/// <remarks>
/// eBET renamed its one table's heading when it added a second (2023-03-10); the second shares 20
/// codes with the first, the first 35 with its old self: the most codes in common pairs the
/// renamed table with its old self, not with the newcomer.
/// </remarks>
internal static class TablePairing
{
    public static IReadOnlyList<(PageTable? Old, PageTable? New)> Pair(IReadOnlyList<PageTable> oldTables, IReadOnlyList<PageTable> newTables)
    {
        var pairs = new List<(PageTable Old, PageTable New)>();
        var oldLeft = oldTables.ToList();
        var newLeft = newTables.ToList();
        foreach (var table in oldTables.Where(table => table.Heading.Length > 0))
        {
            var match = newLeft.FirstOrDefault(candidate => string.Equals(candidate.Heading, table.Heading, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                pairs.Add((table, match));
                oldLeft.Remove(table);
                newLeft.Remove(match);
            }
        }

        var byOverlap = oldLeft
            .SelectMany(oldTable => newLeft.Select(newTable => (Old: oldTable, New: newTable, Common: Common(oldTable, newTable))))
            .Where(candidate => candidate.Common > 0)
            .OrderByDescending(candidate => candidate.Common)
            .ThenBy(candidate => Math.Abs(candidate.Old.Position - candidate.New.Position))
            .ThenBy(candidate => candidate.Old.Position)
            .ToList();
        foreach (var (oldTable, newTable, _) in byOverlap)
        {
            if (oldLeft.Contains(oldTable) && newLeft.Contains(newTable))
            {
                pairs.Add((oldTable, newTable));
                oldLeft.Remove(oldTable);
                newLeft.Remove(newTable);
            }
        }

        // In the new page's order, a removed table where it stood in the old one.
        return pairs.Select(pair => ((PageTable?)pair.Old, (PageTable?)pair.New))
            .Concat(newLeft.Select(table => ((PageTable?)null, (PageTable?)table)))
            .Concat(oldLeft.Select(table => ((PageTable?)table, (PageTable?)null)))
            .OrderBy(pair => pair.Item2?.Position ?? pair.Item1!.Position)
            .ThenBy(pair => pair.Item2 is null ? 1 : 0)
            .ToList();
    }

    private static int Common(PageTable left, PageTable right)
        => left.Codes.Select(code => code.Code).Intersect(right.Codes.Select(code => code.Code)).Count();
}
