using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Ebet.StatusCodes.Sample;

/// <summary>A plain-text table that stays aligned with Chinese text, whose characters take two columns in a terminal.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((title, column) => Math.Max(DisplayWidth(title), rows.Count == 0 ? 0 : rows.Max(row => DisplayWidth(row[column])))).ToArray();
        WriteRow(output, header, widths);
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))).TrimEnd());
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((cell, column) => cell + new string(' ', widths[column] - DisplayWidth(cell))));
        output.WriteLine(line.TrimEnd());
    }

    /// <summary>Terminal columns: East Asian wide and full-width characters take two.</summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c)
        => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
