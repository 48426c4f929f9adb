using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Decides which catalog of the page each table of a side file serves. A table under a heading that
/// is one of the page's enum names serves that enum. When the page has a single catalog and no table
/// names it, every table serves it, whatever its heading (<c># Messages</c>, <c>## 繁體中文</c>). A table
/// that serves no catalog is reported, never silently dropped; several tables for one catalog are
/// read as one, a code repeated across them reported as in a single table.
/// </summary>
internal static class SideTableAssigner
{
    public static List<AssignedRows<TRow>> Assign<TRow>(
        IReadOnlyList<SideTable<TRow>> tables,
        EquatableArray<string> catalogs,
        string path,
        string pagePath,
        Func<TRow, int> codeOf,
        Func<TRow, FileLocation> locationOf,
        DiagnosticBag diagnostics)
        where TRow : IEquatable<TRow>
    {
        var served = new bool[tables.Count];
        var sections = new List<AssignedRows<TRow>>();
        foreach (var catalog in catalogs.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var mine = Enumerable.Range(0, tables.Count).Where(index => Names(tables[index].Heading, catalog)).ToList();
            if (mine.Count == 0 && catalogs.Count == 1)
            {
                mine = Enumerable.Range(0, tables.Count).ToList();
            }

            if (mine.Count == 0)
            {
                continue;
            }

            foreach (var index in mine)
            {
                served[index] = true;
            }

            var rows = mine.Count == 1 ? tables[mine[0]].Rows : Merge(mine.Select(index => tables[index]), codeOf, locationOf, diagnostics);
            sections.Add(new AssignedRows<TRow>(catalog, tables[mine[0]].Location, rows));
        }

        for (var i = 0; i < tables.Count; i++)
        {
            if (!served[i])
            {
                diagnostics.Add(
                    DiagnosticDescriptors.SideContentForNoCatalog,
                    tables[i].Location,
                    DiagnosticDescriptors.SideContentForNoCatalogParts.Table(tables[i].Heading, tables[i].Location),
                    System.IO.Path.GetFileName(path),
                    System.IO.Path.GetFileName(pagePath),
                    string.Join(", ", catalogs),
                    DiagnosticDescriptors.SideContentForNoCatalogParts.HeadingFix);
            }
        }

        return sections;
    }

    /// <summary>The catalog a heading names, ignoring case: <c>## EbetStatusCode</c> names EbetStatusCode.</summary>
    public static bool Names(string heading, string catalog) => string.Equals(heading.Trim(), catalog, StringComparison.OrdinalIgnoreCase);

    private static EquatableArray<TRow> Merge<TRow>(IEnumerable<SideTable<TRow>> tables, Func<TRow, int> codeOf, Func<TRow, FileLocation> locationOf, DiagnosticBag diagnostics)
        where TRow : IEquatable<TRow>
    {
        var rows = new List<TRow>();
        var firstLineOfCode = new Dictionary<int, int>();
        foreach (var row in tables.SelectMany(table => table.Rows))
        {
            var location = locationOf(row);
            if (firstLineOfCode.TryGetValue(codeOf(row), out var firstLine))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateCode, location, codeOf(row), firstLine + 1);
                continue;
            }

            firstLineOfCode.Add(codeOf(row), location.StartLine);
            rows.Add(row);
        }

        return rows.ToEquatableArray();
    }
}

/// <summary>The rows of a side file that serve one catalog, and where the first of their tables starts.</summary>
internal readonly record struct AssignedRows<TRow>(string Catalog, FileLocation Location, EquatableArray<TRow> Rows)
    where TRow : IEquatable<TRow>;
