using System.Collections.Generic;
using System.Linq;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>What changed between two versions of a page, table by table.</summary>
/// <param name="Old">Where the old page came from (a path or an address).</param>
/// <param name="New">Where the new page came from.</param>
internal sealed record PageDiff(string Old, string New, IReadOnlyList<TableDiff> Tables)
{
    public bool HasChanges => Tables.Any(table => table.HasChanges);
}

/// <summary>What a table's pair tells.</summary>
internal enum TableStatus
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One table in both versions (or in one of them), what changed in how it is written, and what changed in its codes.</summary>
internal sealed record TableDiff(PageTable? Old, PageTable? New, IReadOnlyList<FormatChange> FormatChanges, IReadOnlyList<CodeChange> CodeChanges)
{
    public TableStatus Status
        => Old is null ? TableStatus.Added
            : New is null ? TableStatus.Removed
            : HasChanges ? TableStatus.Changed
            : TableStatus.Unchanged;

    public bool HasChanges => Old is null || New is null || FormatChanges.Count > 0 || CodeChanges.Count > 0;

    /// <summary>The table's name in reports: its heading (the new one, when it changed), else its position.</summary>
    public string Label => (New ?? Old)!.Label;
}

/// <summary>What kind of change a code went through.</summary>
internal enum CodeChangeKind
{
    Added,
    Removed,
    Reworded,
}

/// <summary>A code added (no old text), removed (no new text) or reworded (both).</summary>
internal sealed record CodeChange(CodeChangeKind Kind, int Code, string? OldText, string? NewText);

/// <summary>What in the way a table is written changed.</summary>
internal enum FormatAspect
{
    /// <summary>The heading above it (StatusCodeTable may select tables by heading).</summary>
    Heading,

    /// <summary>Pipe table or HTML table.</summary>
    Form,

    /// <summary>The column titles.</summary>
    Columns,

    /// <summary>Its position among the page's status tables (StatusCodeTable may select by position).</summary>
    Position,
}

internal sealed record FormatChange(FormatAspect Aspect, string OldValue, string NewValue);
