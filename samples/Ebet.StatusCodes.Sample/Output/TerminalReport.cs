using System.Collections.Generic;
using System.Text;
using Ebet.StatusCodes.Sample.Catalogs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>
/// The report for a person at a terminal: Spectre.Console measures every cell in terminal cells
/// (a Chinese character takes two) and wraps to the console's width; colour where the terminal
/// has it and NO_COLOR is not set.
/// </summary>
internal sealed class TerminalReport : IReport
{
    private readonly IAnsiConsole _console;
    private bool _written;

    public TerminalReport(IAnsiConsole console) => _console = console;

    /// <summary>The terminal's width in cells, which every table and paragraph fits.</summary>
    public int Width => _console.Profile.Width;

    public void Section(string title)
    {
        if (_written)
        {
            BlankLine();
        }

        Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
    }

    public void Text(string text, int indent = 0) => Write(Indented(new Text(text), indent));

    public void Details(IReadOnlyList<Detail> details, int indent = 2)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn());
        foreach (var detail in details)
        {
            grid.AddRow(Render(detail.Label), Render(detail.Value));
        }

        Write(Indented(grid, indent));
    }

    /// <summary>Items joined by commas, wrapped only between items: "410 InvalidToken" stays on one line.</summary>
    public void Items(IReadOnlyList<string> items, int indent = 2)
        => Text(string.Join('\n', Fill(items, Width - indent)), indent);

    public void Codes(Catalog catalog) => Write(CodeTable.Build(catalog, Width));

    public void BlankLine()
    {
        _console.WriteLine();
        _written = true;
    }

    /// <summary>Fills lines of at most <paramref name="room"/> cells with whole items (Spectre.Console wraps at any space).</summary>
    private static List<string> Fill(IReadOnlyList<string> items, int room)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = i < items.Count - 1 ? items[i] + "," : items[i];
            var itemWidth = item.GetCellWidth();
            if (lineWidth > 0 && lineWidth + 1 + itemWidth > room)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            if (lineWidth > 0)
            {
                line.Append(' ');
                lineWidth++;
            }

            line.Append(item);
            lineWidth += itemWidth;
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static Text Render(Styled styled)
        => styled.Class is { } @class ? new Text(styled.Text, ClassColours.For(@class)) : new Text(styled.Text);

    /// <summary>A block: wrapped lines keep the indent, and the block ends its last line.</summary>
    private static Padder Indented(IRenderable content, int indent)
        => new(content, new Padding(indent, 0, 0, 0)) { Expand = false };

    private void Write(IRenderable renderable)
    {
        _console.Write(renderable);
        _written = true;
    }
}
