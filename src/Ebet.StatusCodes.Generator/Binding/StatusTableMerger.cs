using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Binding;

/// <summary>
/// Reads several status tables as one list (a vendor that splits its codes over many tables): their
/// rows in page order, a code repeated across them reported as within one table. The first table
/// stands for the whole in messages.
/// </summary>
internal static class StatusTableMerger
{
    public static StatusTable Merge(IReadOnlyList<StatusTable> tables)
    {
        if (tables.Count == 1)
        {
            return tables[0];
        }

        var entries = new List<StatusEntry>();
        var diagnostics = new DiagnosticBag();
        var firstLineOfCode = new Dictionary<int, int>();
        foreach (var table in tables)
        {
            diagnostics.AddRange(table.Diagnostics);
            foreach (var entry in table.Entries)
            {
                if (firstLineOfCode.TryGetValue(entry.Code, out var firstLine))
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateCode, entry.Location, entry.Code, firstLine + 1);
                    continue;
                }

                firstLineOfCode.Add(entry.Code, entry.Location.StartLine);
                entries.Add(entry);
            }
        }

        return tables[0] with { Entries = entries.ToEquatableArray(), Diagnostics = diagnostics.ToEquatableArray() };
    }
}
