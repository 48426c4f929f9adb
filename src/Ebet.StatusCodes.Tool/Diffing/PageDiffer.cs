using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>Compares two versions of a page's status tables: the tables paired, then each pair's form and codes.</summary>
internal static class PageDiffer
{
    public static PageDiff Compare(string oldSource, IReadOnlyList<PageTable> oldTables, string newSource, IReadOnlyList<PageTable> newTables)
        => new(
            oldSource,
            newSource,
            TablePairing.Pair(oldTables, newTables).Select(pair => Compare(pair.Old, pair.New)).ToList());

    public static TableDiff Compare(PageTable? oldTable, PageTable? newTable)
        => new(oldTable, newTable, FormatChanges(oldTable, newTable), CodeChanges(oldTable?.Codes ?? Array.Empty<PageCode>(), newTable?.Codes ?? Array.Empty<PageCode>()));

    /// <summary>Codes added, removed and reworded, in the order of their numbers.</summary>
    public static IReadOnlyList<CodeChange> CodeChanges(IReadOnlyList<PageCode> oldCodes, IReadOnlyList<PageCode> newCodes)
    {
        var oldTexts = oldCodes.ToDictionary(code => code.Code, code => code.Text);
        var newTexts = newCodes.ToDictionary(code => code.Code, code => code.Text);
        var changes = new List<CodeChange>();
        foreach (var (code, text) in newTexts)
        {
            if (!oldTexts.TryGetValue(code, out var oldText))
            {
                changes.Add(new CodeChange(CodeChangeKind.Added, code, null, text));
            }
            else if (!string.Equals(oldText, text, StringComparison.Ordinal))
            {
                changes.Add(new CodeChange(CodeChangeKind.Reworded, code, oldText, text));
            }
        }

        changes.AddRange(oldTexts.Where(pair => !newTexts.ContainsKey(pair.Key)).Select(pair => new CodeChange(CodeChangeKind.Removed, pair.Key, pair.Value, null)));
        return changes.OrderBy(change => change.Code).ToList();
    }

    private static List<FormatChange> FormatChanges(PageTable? oldTable, PageTable? newTable)
    {
        var changes = new List<FormatChange>();
        if (oldTable is null || newTable is null)
        {
            return changes;
        }

        Add(changes, FormatAspect.Heading, oldTable.Heading, newTable.Heading);
        Add(changes, FormatAspect.Form, FormName(oldTable.Form), FormName(newTable.Form));
        Add(changes, FormatAspect.Columns, string.Join(" | ", oldTable.Columns), string.Join(" | ", newTable.Columns));
        Add(changes, FormatAspect.Position, oldTable.Position.ToString(CultureInfo.InvariantCulture), newTable.Position.ToString(CultureInfo.InvariantCulture));
        return changes;
    }

    /// <summary>The word the reports use for a form: <c>pipe</c> or <c>html</c>.</summary>
    public static string FormName(TableForm form) => form == TableForm.Html ? "html" : "pipe";

    private static void Add(List<FormatChange> changes, FormatAspect aspect, string oldValue, string newValue)
    {
        if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
        {
            changes.Add(new FormatChange(aspect, oldValue, newValue));
        }
    }
}
