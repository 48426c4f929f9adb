using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ebet.StatusCodes.Tool.Showing;

/// <summary>
/// Catalogs for a person at a terminal: per catalog a rule, then its codes as a table when a column
/// per culture fits the width with room to read, else a block per code (code, member and class on
/// one line, then each culture's message). Code, member and class never wrap: a broken identifier
/// cannot be copied.
/// </summary>
internal static class CatalogTerminalWriter
{
    /// <summary>Below this a message column wraps into more lines than it is worth.</summary>
    internal const int MinimumMessageWidth = 20;

    /// <summary>Each column's padding and the border's one-cell separator, as <see cref="TableBorder.Simple"/> draws them.</summary>
    private const int CellsPerColumn = 2;

    public static void Write(IReadOnlyList<CatalogRows> catalogs, IAnsiConsole console)
    {
        foreach (var catalog in catalogs)
        {
            var table = catalog.Catalog.Table;
            var source = table.Heading.Length > 0 ? $"table '{table.Heading}'" : string.Create(CultureInfo.InvariantCulture, $"table #{table.Position}");
            console.Write(new Rule($"[bold]{Markup.Escape(catalog.EnumName)}[/]: {catalog.Codes.Count} of {catalog.Catalog.Spec.Codes.Count} codes, {Markup.Escape(source)}").LeftJustified());
            console.Write(console.Profile.Width >= TableWidth(catalog) ? Table(catalog) : Blocks(catalog));
            console.WriteLine();
        }
    }

    /// <summary>The narrowest terminal the table layout reads well at.</summary>
    internal static int TableWidth(CatalogRows catalog)
    {
        var fixedWidths = new[]
        {
            Widest("code", catalog.Codes.Select(code => code.Value.ToString(CultureInfo.InvariantCulture))),
            Widest("member", catalog.Codes.Select(code => code.MemberName)),
            Widest("class", catalog.Codes.Select(code => code.Class.ToString())),
        };
        var columns = fixedWidths.Length + catalog.Cultures.Count;
        return fixedWidths.Sum() + (catalog.Cultures.Count * MinimumMessageWidth) + (columns * CellsPerColumn) + 1;
    }

    private static Table Table(CatalogRows catalog)
    {
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumn(new TableColumn("code").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("member").NoWrap());
        table.AddColumn(new TableColumn("class").NoWrap());
        foreach (var culture in catalog.Cultures)
        {
            table.AddColumn(new TableColumn(culture));
        }

        foreach (var code in catalog.Codes)
        {
            var cells = new List<IRenderable> { new Text(code.Value.ToString(CultureInfo.InvariantCulture)), new Text(code.MemberName), new Text(code.Class.ToString()) };
            cells.AddRange(code.Messages.Select(message => new Text(message)));
            table.AddRow(cells);
        }

        return table;
    }

    private static Grid Blocks(CatalogRows catalog)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().RightAligned().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn());
        var labelWidth = catalog.Cultures.Max(culture => culture.Length);
        foreach (var code in catalog.Codes)
        {
            var lines = new List<IRenderable> { new Text($"{code.MemberName}  {code.Class}") };
            lines.AddRange(catalog.Cultures.Select((culture, index) => new Text($"{culture.PadRight(labelWidth)}  {code.Messages[index]}")));
            grid.AddRow(new Text(code.Value.ToString(CultureInfo.InvariantCulture)), new Rows(lines));
        }

        return grid;
    }

    private static int Widest(string title, IEnumerable<string> cells) => cells.Select(cell => cell.GetCellWidth()).Append(title.Length).Max();
}
