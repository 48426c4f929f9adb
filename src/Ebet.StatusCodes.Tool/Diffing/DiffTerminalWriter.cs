using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// A diff for a person at a terminal: per table a rule with what happened to it, then its changes
/// in a table fitted to the terminal's width (the texts wrap; change and code never do), coloured
/// where the terminal has colour.
/// </summary>
internal static class DiffTerminalWriter
{
    public static void Write(PageDiff diff, IAnsiConsole console)
    {
        console.WriteLine($"{diff.Old} → {diff.New}");
        foreach (var table in diff.Tables)
        {
            console.WriteLine();
            var summary = table.HasChanges ? DiffMarkdownWriter.Summary(table) : string.Create(CultureInfo.InvariantCulture, $"unchanged, {table.New!.Codes.Count} codes");
            console.Write(new Rule($"[bold]{Markup.Escape(table.Label)}[/]: {Markup.Escape(summary)}").LeftJustified());
            if (table.HasChanges)
            {
                console.Write(Changes(table));
            }
        }

        console.WriteLine();
        console.WriteLine(diff.HasChanges
            ? string.Create(CultureInfo.InvariantCulture, $"{diff.Tables.Count(table => table.HasChanges)} of {diff.Tables.Count} tables changed.")
            : "No change: the same status tables with the same codes and texts.");
    }

    private static Table Changes(TableDiff diff)
    {
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumn(new TableColumn("change").NoWrap());
        table.AddColumn(new TableColumn("code").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("old"));
        table.AddColumn(new TableColumn("new"));
        foreach (var record in DiffRecord.Of(diff))
        {
            var style = record.Change switch
            {
                DiffRecord.Changes.Added or DiffRecord.Changes.TableAdded => new Style(Color.Green),
                DiffRecord.Changes.Removed or DiffRecord.Changes.TableRemoved => new Style(Color.Red),
                DiffRecord.Changes.Reworded => new Style(Color.Yellow),
                _ => Style.Plain,
            };
            table.AddRow(new Text(record.Change, style), new Text(record.CodeText), new Text(record.Old), new Text(record.New));
        }

        return table;
    }
}
