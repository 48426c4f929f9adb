using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>How a table is written in the page.</summary>
internal enum TableForm
{
    /// <summary>A GitHub-flavoured pipe table.</summary>
    Pipe,

    /// <summary>An HTML <c>&lt;table&gt;</c> block.</summary>
    Html,
}

/// <summary>One status table of a page as the generator reads it, with what a diff compares: its form, heading, columns and codes.</summary>
/// <param name="Position">1-based among the page's status tables.</param>
/// <param name="Codes">Each code and its text, in the page's order (rows the generator leaves out are not here).</param>
internal sealed record PageTable(string Heading, int Position, TableForm Form, IReadOnlyList<string> Columns, IReadOnlyList<PageCode> Codes)
{
    /// <summary>How the tool names the table: its heading, else its position.</summary>
    public string Label => Heading.Length > 0 ? Heading : "#" + Position.ToString(CultureInfo.InvariantCulture);

    public static PageTable From(StatusTable table, string pageText)
        => new(
            table.Heading,
            table.Position,
            FormOf(table.Location, pageText),
            table.ColumnTitles.ToArray(),
            table.Entries.Select(entry => new PageCode(entry.Code, entry.Description)).ToArray());

    /// <summary>
    /// An HTML table's location (its header row, as the HTML reader gives it) starts at a table tag;
    /// a pipe table's at the header line's text.
    /// </summary>
    private static TableForm FormOf(FileLocation header, string pageText)
    {
        var start = Math.Min(header.Start, pageText.Length);
        foreach (var tag in new[] { "<tr", "<th", "<td", "<thead", "<tbody", "<table" })
        {
            if (string.Compare(pageText, start, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return TableForm.Html;
            }
        }

        return TableForm.Pipe;
    }
}

/// <summary>A code of a table and the page's text for it.</summary>
internal readonly record struct PageCode(int Code, string Text);
