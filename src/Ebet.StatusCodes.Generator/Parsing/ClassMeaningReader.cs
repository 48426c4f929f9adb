using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads an overlay's class-meaning table (<c>| Class | Meaning |</c>, no code column): what each class
/// means for the vendor's callers, in the vendor's terms. The generated docs say it for every code
/// of that class; without such a table they say the generic meaning.
/// </summary>
internal static class ClassMeaningReader
{
    public static bool IsClassMeaningTable(MarkdownTable table)
        => ColumnTitles.Find(table.Header, ColumnTitles.Class) >= 0 && ColumnTitles.Find(table.Header, ColumnTitles.ClassMeaning) >= 0;

    /// <summary>The table's meanings, with its heading as the catalog they are for (resolved later).</summary>
    public static IEnumerable<ClassMeaning> Read(MarkdownTable table, DiagnosticBag diagnostics)
    {
        var classColumn = ColumnTitles.Find(table.Header, ColumnTitles.Class);
        var meaningColumn = ColumnTitles.Find(table.Header, ColumnTitles.ClassMeaning);
        foreach (var row in table.Rows)
        {
            var classCell = row.CellAt(classColumn);
            var meaning = row.CellAt(meaningColumn).Text;
            if (!StatusClasses.TryParse(classCell.Text, out var statusClass, allowUnknown: true))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownClass, classCell.Location, classCell.Text, DiagnosticDescriptors.UnknownClassEffect.RowIgnored);
            }
            else if (meaning.Length > 0)
            {
                yield return new ClassMeaning(table.Heading, statusClass, meaning);
            }
        }
    }
}
