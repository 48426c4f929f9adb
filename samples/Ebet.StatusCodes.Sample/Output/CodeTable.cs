using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Sample.Catalogs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>How a catalog is laid out at a width: the widest layout whose columns stay readable.</summary>
internal enum CodeTableLayout
{
    /// <summary>One block per code: code, then member and class, the English and the page's text beneath.</summary>
    Stacked,

    /// <summary>Code, member, class and English, one row per code; the page's text is left out and a caption says so.</summary>
    WithoutPageText,

    /// <summary>Every column.</summary>
    Full,
}

/// <summary>
/// A catalog laid out no wider than the terminal. Code, member and class never wrap (a broken
/// identifier cannot be copied); the messages wrap. Columns go by priority as the terminal narrows:
/// the page's text first (explaining a code still shows it), then the table itself for blocks.
/// </summary>
internal static class CodeTable
{
    /// <summary>Below these widths a message column wraps into more lines than it is worth.</summary>
    internal const int MinimumEnglishWidth = 24;
    internal const int MinimumPageWidth = 20;

    /// <summary>
    /// Each column's right padding and the border's one-cell separator (or edge) before it, and the
    /// edge after the last column, as <see cref="TableBorder.Simple"/> draws them with <see cref="Column"/>'s padding.
    /// </summary>
    private const int CellsPerColumn = 2;
    private const int TrailingEdge = 1;

    public static CodeTableLayout LayoutFor(Catalog catalog, int width)
        => width >= WidthFor(catalog, CodeTableLayout.Full) ? CodeTableLayout.Full
            : width >= WidthFor(catalog, CodeTableLayout.WithoutPageText) ? CodeTableLayout.WithoutPageText
            : CodeTableLayout.Stacked;

    /// <summary>The narrowest terminal a table layout fits with its messages readable.</summary>
    public static int WidthFor(Catalog catalog, CodeTableLayout layout)
    {
        var fixedColumns = FixedColumnWidths(catalog).ToArray();
        var messages = layout == CodeTableLayout.Full ? new[] { MinimumEnglishWidth, MinimumPageWidth } : new[] { MinimumEnglishWidth };
        var columns = fixedColumns.Length + messages.Length;
        return fixedColumns.Sum() + messages.Sum() + (columns * CellsPerColumn) + TrailingEdge;
    }

    public static IRenderable Build(Catalog catalog, int width)
        => LayoutFor(catalog, width) switch
        {
            CodeTableLayout.Full => Table(catalog, withPage: true),
            CodeTableLayout.WithoutPageText => Table(catalog, withPage: false)
                .Caption($"The page's text shows from {WidthFor(catalog, CodeTableLayout.Full)} columns, and when a code is explained."),
            _ => Stacked(catalog),
        };

    private static Table Table(Catalog catalog, bool withPage)
    {
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumn(Column("Code").RightAligned().NoWrap());
        table.AddColumn(Column("Member").NoWrap());
        if (catalog.HasClasses)
        {
            table.AddColumn(Column("Class").NoWrap());
        }

        table.AddColumn(Column("English"));
        if (withPage)
        {
            table.AddColumn(Column(catalog.HasClasses ? "Page (zh-Hans)" : "Page (i18n key)"));
        }

        foreach (var entry in catalog.Entries)
        {
            var cells = new List<IRenderable> { new Text(Invariant.Text(entry.Code)), new Text(entry.Member) };
            if (catalog.HasClasses)
            {
                cells.Add(ClassText(entry.Class));
            }

            cells.Add(new Text(entry.English));
            if (withPage)
            {
                cells.Add(new Text(entry.PageText));
            }

            table.AddRow(cells);
        }

        return table;
    }

    private static Grid Stacked(Catalog catalog)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().RightAligned().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn());
        foreach (var entry in catalog.Entries)
        {
            var name = new Paragraph(entry.Member);
            if (catalog.HasClasses)
            {
                name.Append("  ").Append(entry.Class.ToString(), ClassColours.For(entry.Class));
            }

            grid.AddRow(new Text(Invariant.Text(entry.Code)), new Rows(name, new Text(entry.English), new Text(entry.PageText)));
        }

        return grid;
    }

    private static Text ClassText(EbetStatusCodeClass @class) => new(@class.ToString(), ClassColours.For(@class));

    /// <summary>A column with one cell of padding on its right: with the border's separator, two cells between columns.</summary>
    private static TableColumn Column(string title) => new(title) { Padding = new Padding(0, 0, 1, 0) };

    /// <summary>The widths of the columns that never wrap: their longest cell, or their title.</summary>
    private static IEnumerable<int> FixedColumnWidths(Catalog catalog)
    {
        yield return Widest("Code", catalog, entry => Invariant.Text(entry.Code));
        yield return Widest("Member", catalog, entry => entry.Member);
        if (catalog.HasClasses)
        {
            yield return Widest("Class", catalog, entry => entry.Class.ToString());
        }
    }

    private static int Widest(string title, Catalog catalog, Func<CatalogEntry, string> cell)
        => catalog.Entries.Select(entry => cell(entry).GetCellWidth()).Append(title.Length).Max();
}
