using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>What a hurried paste, an editor or a transfer does to a page.</summary>
internal enum MutationKind
{
    DeleteCell,
    DuplicateCell,
    SwapCells,
    DecorateCell,
    ReplaceCell,
    Truncate,
    InsertText,
    InsertBytes,
    DeleteRange,
    DropLine,
    DuplicateLine,
    SwapLines,
    MutateTag,
    ChangeLineEndings,
}

/// <summary>
/// One edit of a page. Positions are taken modulo what the text offers, so any numbers make a valid
/// edit, and CsCheck shrinks them towards the start of the file and the first choices.
/// </summary>
internal sealed record PageMutation(MutationKind Kind, int Position, int Other, int Choice)
{
    /// <summary>Snippets that break tables, markdown, HTML, C# literals and XML docs.</summary>
    private static readonly string[] s_snippets =
    {
        "|", "\\|", "\\", "`", "``", "**", "*", "_", "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&lt;/td&gt;", "<br>", "<!--", "-->",
        "\n", "\r\n", "\r", "\n\n", "\t", "\0", "\u2028", "\u2029", "\u0085", "\uFEFF", "\u202E", "\u200F", "\uD800", "\uDC00", "\uFFFF",
        "\"", "*/", "</summary>", "{0}", "😀", "签名不对", "-", "---", ":-:", "| --- |", "| 1 | one |", "| Code | Description |",
        "```", "~~~", "# ", "> ", "- ", "1. ", "    ", "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<td colspan=\"2\">",
        "<td rowspan=3>", "2147483648", "-2147483649", "99999999999999999999", "１２", "0x10", "+", "-0", "E1001", "[x](", "](y)", "<mark>",
        "---\nunknown-code-message: x\n---\n", "&#x1F600;", "&nbsp;", "&#10;",
        "===", "***", "\n---\n", "\n===\n", "[", "![", "[x][r]", "\n\n[r]: /u\n", "\u200B", "<script>", "</script>", "<textarea>",
        "<!-- <table><tr><td>1</td><td>x</td></tr></table> -->", "<th style={{minWidth: '150px'}}>", "<?", "<![CDATA[",
    };

    private static readonly string[] s_decorations =
    {
        "**{0}**", "*{0}*", "`{0}`", "<mark style=\"color:red;\">**`{0}`**</mark>", "<b>{0}</b>", "[{0}](https://example.com)", "~~{0}~~",
        "{0}<br>", "\\{0}", "&nbsp;{0}", "{0}\\", "<{0}>", "``{0}``", "_{0}", "**{0}", "<td>{0}</td>",
    };

    private static readonly string[] s_cells = { string.Empty, " ", "abc", "1.5", "2147483648", "-2147483649", "0x10", "１２", "-", "+7", "007", "E1001", "\\|", "**", "<br>", "&amp;" };

    private static readonly string[] s_tags = { "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<thead>", "<tbody>", "<td colspan=\"2\">", "<th rowspan=\"3\">", "<br>", "<!--", "-->", "<table><tr><td>1</td></tr></table>" };

    public string Apply(string text)
    {
        switch (Kind)
        {
            case MutationKind.Truncate:
                return text.Substring(0, Index(Position, text.Length + 1));
            case MutationKind.InsertText:
                return text.Insert(Index(Position, text.Length + 1), Pick(s_snippets, Choice));
            case MutationKind.InsertBytes:
                return InsertBytes(text);
            case MutationKind.DeleteRange:
            {
                var start = Index(Position, text.Length + 1);
                return text.Remove(start, Math.Min(Index(Other, 64), text.Length - start));
            }

            case MutationKind.DropLine or MutationKind.DuplicateLine or MutationKind.SwapLines:
                return EditLines(text);
            case MutationKind.MutateTag:
                return MutateTag(text);
            case MutationKind.ChangeLineEndings:
                return (Choice & 3) switch
                {
                    0 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
                    1 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r", StringComparison.Ordinal),
                    2 => text.Replace("\r\n", "\n", StringComparison.Ordinal),
                    _ => "\uFEFF" + text,
                };
            default:
                return EditCells(text);
        }
    }

    private string EditCells(string text)
    {
        // The cells of a table line: the spans between its pipes (HTML rows: between its tags).
        var lines = Lines(text);
        var tableLines = lines.Where(line => text.AsSpan(line.Start, line.Length).Count('|') >= 2).ToList();
        if (tableLines.Count == 0)
        {
            return text;
        }

        var (lineStart, lineLength) = tableLines[Index(Position, tableLines.Count)];
        var line = text.Substring(lineStart, lineLength);
        var pipes = line.Select((c, i) => (c, i)).Where(pair => pair.c == '|').Select(pair => pair.i).ToList();
        var cells = pipes.Zip(pipes.Skip(1), (left, right) => (Start: left + 1, End: right)).ToList();
        var cell = cells[Index(Other, cells.Count)];
        var content = line.Substring(cell.Start, cell.End - cell.Start);
        string edited;
        switch (Kind)
        {
            case MutationKind.DeleteCell:
                edited = line.Remove(cell.Start, cell.End - cell.Start + 1);
                break;
            case MutationKind.DuplicateCell:
                edited = line.Insert(cell.End, "|" + content);
                break;
            case MutationKind.SwapCells:
            {
                var other = cells[Index(Choice, cells.Count)];
                if (other.Start == cell.Start)
                {
                    return text;
                }

                var (first, second) = other.Start < cell.Start ? (other, cell) : (cell, other);
                var firstContent = line.Substring(first.Start, first.End - first.Start);
                var secondContent = line.Substring(second.Start, second.End - second.Start);
                edited = line.Substring(0, first.Start) + secondContent + line.Substring(first.End, second.Start - first.End) + firstContent + line.Substring(second.End);
                break;
            }

            case MutationKind.DecorateCell:
                edited = string.Concat(line.AsSpan(0, cell.Start), string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(s_decorations, Choice), content.Trim()), line.AsSpan(cell.End));
                break;
            default:
                edited = line.Substring(0, cell.Start) + " " + Pick(s_cells, Choice) + " " + line.Substring(cell.End);
                break;
        }

        return string.Concat(text.AsSpan(0, lineStart), edited, text.AsSpan(lineStart + lineLength));
    }

    private string EditLines(string text)
    {
        var lines = Lines(text);
        var (start, length) = lines[Index(Position, lines.Count)];
        var withBreak = LineWithBreak(text, start, length);
        switch (Kind)
        {
            case MutationKind.DropLine:
                return text.Remove(start, withBreak);
            case MutationKind.DuplicateLine:
                return text.Insert(start, text.Substring(start, withBreak).TrimEnd('\r', '\n') + "\n");
            default:
                var (otherStart, otherLength) = lines[Index(Other, lines.Count)];
                if (otherStart == start)
                {
                    return text;
                }

                var (first, firstLength, second, secondLength) = start < otherStart ? (start, length, otherStart, otherLength) : (otherStart, otherLength, start, length);
                return text.Substring(0, first) + text.Substring(second, secondLength) + text.Substring(first + firstLength, second - first - firstLength) + text.Substring(first, firstLength) + text.Substring(second + secondLength);
        }
    }

    private string MutateTag(string text)
    {
        var tags = new List<(int Start, int Length)>();
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0; i = text.IndexOf('<', i + 1))
        {
            var end = text.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            tags.Add((i, end - i + 1));
        }

        if (tags.Count == 0)
        {
            return text.Insert(Index(Position, text.Length + 1), Pick(s_tags, Choice));
        }

        var (start, length) = tags[Index(Position, tags.Count)];
        return (Other & 3) switch
        {
            0 => text.Remove(start, length),
            1 => text.Insert(start, text.Substring(start, length)),
            2 => text.Insert(start, Pick(s_tags, Choice)),
            _ => text.Insert(start + length, Pick(s_tags, Choice)),
        };
    }

    /// <summary>Bytes inserted into the file's UTF-8, read back as the compiler reads a file (invalid sequences become U+FFFD).</summary>
    private string InsertBytes(string text)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        var random = new Random(Choice);
        var count = Index(Other, 8) + 1;
        var at = Index(Position, bytes.Count + 1);
        for (var i = 0; i < count; i++)
        {
            bytes.Insert(at, (byte)random.Next(256));
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add((start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Length - start));
        return lines;
    }

    private static int LineWithBreak(string text, int start, int length)
    {
        var end = start + length;
        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        return end - start;
    }

    private static int Index(int value, int count) => count <= 0 ? 0 : (int)((uint)value % (uint)count);

    private static string Pick(string[] items, int choice) => items[Index(choice, items.Length)];
}
