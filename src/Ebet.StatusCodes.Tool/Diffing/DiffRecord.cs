using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// One line of a diff report: a table, what changed (<see cref="Changes"/>), the code it is about (none
/// for a change of the table itself), and the old and new values. Every text format is made of these,
/// so they all list the same things in the same order.
/// </summary>
internal sealed record DiffRecord(string Table, string Change, int? Code, string Old, string New)
{
    public string CodeText => Code?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The words of the change column.</summary>
    public static class Changes
    {
        public const string TableAdded = "table-added";
        public const string TableRemoved = "table-removed";
        public const string Added = "added";
        public const string Removed = "removed";
        public const string Reworded = "reworded";
    }

    /// <summary>A table's changes of form first (or its being added or removed), then its codes in numeric order.</summary>
    public static IEnumerable<DiffRecord> Of(TableDiff table)
    {
        var label = table.Label;
        if (table.Status == TableStatus.Added)
        {
            yield return new DiffRecord(label, Changes.TableAdded, null, string.Empty, Describe(table.New!));
        }
        else if (table.Status == TableStatus.Removed)
        {
            yield return new DiffRecord(label, Changes.TableRemoved, null, Describe(table.Old!), string.Empty);
        }

        foreach (var change in table.FormatChanges)
        {
            yield return new DiffRecord(label, change.Aspect.ToString().ToLowerInvariant(), null, change.OldValue, change.NewValue);
        }

        foreach (var change in table.CodeChanges)
        {
            yield return new DiffRecord(label, change.Kind.ToString().ToLowerInvariant(), change.Code, change.OldText ?? string.Empty, change.NewText ?? string.Empty);
        }
    }

    public static IEnumerable<DiffRecord> Of(PageDiff diff) => diff.Tables.SelectMany(Of);

    /// <summary>A table in a few words: <c>#3 html, 145 codes</c>.</summary>
    public static string Describe(PageTable table)
        => string.Create(CultureInfo.InvariantCulture, $"#{table.Position} {PageDiffer.FormName(table.Form)}, {table.Codes.Count} codes");
}
