using System;
using System.Collections.Generic;
using System.Text;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;
using Markdig.Helpers;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads the <c>&lt;table&gt;</c> elements of an HTML block into <see cref="MarkdownTable"/>s with the same
/// cell-text rule as pipe tables.
/// </summary>
/// <remarks>
/// A narrow reader, not a browser: it knows <c>table</c>, <c>caption</c>, <c>colgroup</c>/<c>col</c>,
/// <c>thead</c>/<c>tbody</c>/<c>tfoot</c>, <c>tr</c>, <c>th</c> and <c>td</c>, closes a cell or row that the next one
/// implies (<c>&lt;td&gt;a&lt;td&gt;b</c>), keeps the text of any other element inside a cell, turns
/// <c>&lt;br&gt;</c> into a space and decodes entities. Tags are recognised by Markdig's own CommonMark
/// raw-HTML scanner, so quoted attributes, comments and CDATA are handled as the rest of the page is.
/// What would make columns ambiguous (colspan/rowspan, a nested table) or an unclosed table is
/// reported with its location instead of guessed at. It reads from the raw text, not from Markdig's
/// HTML blocks, because a blank line inside a table splits it into several blocks.
/// </remarks>
internal static class HtmlTableReader
{
    /// <summary>True when the text at <paramref name="start"/> (an HTML block) contains a table start tag.</summary>
    public static bool StartsTable(string text, int start, int end)
        => IndexOfTableTag(text, start, end) >= 0;

    /// <summary>
    /// Reads every table that starts in [<paramref name="start"/>, <paramref name="end"/>), following each
    /// to its closing tag even past <paramref name="end"/>. Returns the offset where reading stopped.
    /// </summary>
    public static int Read(
        string text,
        int start,
        int end,
        string heading,
        LineMap lines,
        List<MarkdownTable> tables,
        List<DiagnosticInfo> diagnostics)
    {
        var position = start;
        while (true)
        {
            var tableStart = IndexOfTableTag(text, position, end);
            if (tableStart < 0)
            {
                return Math.Max(position, end);
            }

            position = ReadTable(text, tableStart, heading, lines, tables, diagnostics);
        }
    }

    private static int IndexOfTableTag(string text, int start, int end)
    {
        var position = start;
        while (position < end)
        {
            var index = text.IndexOf('<', position, end - position);
            if (index < 0)
            {
                return -1;
            }

            if (TryReadTag(text, index, out var tag) && tag.Name == "table" && !tag.IsClosing)
            {
                return index;
            }

            position = index + 1;
        }

        return -1;
    }

    private static int ReadTable(
        string text,
        int tableStart,
        string heading,
        LineMap lines,
        List<MarkdownTable> tables,
        List<DiagnosticInfo> diagnostics)
    {
        var builder = new TableBuilder(lines);
        TryReadTag(text, tableStart, out var tableTag);
        var position = tableStart + tableTag.Length;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '<' && TryReadTag(text, position, out var tag))
            {
                var tagEnd = position + tag.Length;
                switch (tag.Name)
                {
                    case "table" when tag.IsClosing:
                        builder.CloseRow(position);
                        var table = builder.Build(heading);
                        if (table is not null)
                        {
                            tables.Add(table);
                        }

                        return tagEnd;
                    case "table":
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.MalformedHtmlTable,
                            lines.Span(position, tagEnd),
                            "a table inside a table cell is not supported; move it out of the cell"));
                        return SkipPast(text, position, "table");
                    case "tr" when !tag.IsClosing:
                        builder.StartRow(position);
                        break;
                    case "tr":
                        builder.CloseRow(tagEnd);
                        break;
                    case "th" or "td" when !tag.IsClosing:
                        builder.StartCell(position, tagEnd, tag.Spans, diagnostics);
                        break;
                    case "th" or "td":
                        builder.CloseCell(tagEnd);
                        break;
                    case "thead" or "tbody" or "tfoot":
                        builder.CloseRow(position);
                        break;
                    case "br":
                        builder.AppendText(" ");
                        break;
                    default:
                        // Other elements (mark, b, span, a, caption, col...) add nothing but their text.
                        break;
                }

                position = tagEnd;
            }
            else if (c == '&' && TryDecodeEntity(text, position, out var decoded, out var entityLength))
            {
                builder.AppendText(decoded);
                position += entityLength;
            }
            else
            {
                builder.AppendText(c);
                position++;
            }
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.MalformedHtmlTable,
            lines.Span(tableStart, tableStart + tableTag.Length),
            "this <table> has no closing </table>; close it"));
        return text.Length;
    }

    private static int SkipPast(string text, int position, string name)
    {
        var depth = 0;
        while (position < text.Length)
        {
            var index = text.IndexOf('<', position);
            if (index < 0)
            {
                return text.Length;
            }

            if (TryReadTag(text, index, out var tag) && tag.Name == name)
            {
                depth += tag.IsClosing ? -1 : 1;
                if (depth <= 0)
                {
                    // The inner table is closed; the outer one is skipped past its own end as well.
                    return SkipPastClosing(text, index + tag.Length, name);
                }
            }

            position = index + 1;
        }

        return text.Length;
    }

    private static int SkipPastClosing(string text, int position, string name)
    {
        while (position < text.Length)
        {
            var index = text.IndexOf('<', position);
            if (index < 0)
            {
                return text.Length;
            }

            if (TryReadTag(text, index, out var tag) && tag.Name == name && tag.IsClosing)
            {
                return index + tag.Length;
            }

            position = index + 1;
        }

        return text.Length;
    }

    private static bool TryDecodeEntity(string text, int position, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var semicolon = text.IndexOf(';', position);
        if (semicolon < 0 || semicolon - position > 32)
        {
            return false;
        }

        var candidate = text.Substring(position, semicolon - position + 1);
        var unescaped = HtmlHelper.Unescape(candidate, removeBackSlash: false);
        if (unescaped == candidate)
        {
            return false;
        }

        decoded = unescaped;
        length = candidate.Length;
        return true;
    }

    /// <summary>A tag as Markdig's CommonMark scanner recognises it, with its lower-cased name.</summary>
    private readonly record struct Tag(string Name, bool IsClosing, int Length, bool Spans);

    private static bool TryReadTag(string text, int position, out Tag tag)
    {
        tag = default;
        var slice = new StringSlice(text, position, text.Length - 1);
        if (!HtmlHelper.TryParseHtmlTag(ref slice, out var raw) || raw.Length < 3)
        {
            return false;
        }

        var index = 1;
        var isClosing = raw[index] == '/';
        if (isClosing)
        {
            index++;
        }

        var nameStart = index;
        while (index < raw.Length && char.IsLetterOrDigit(raw[index]))
        {
            index++;
        }

        if (index == nameStart)
        {
            // A comment, a processing instruction, a declaration or CDATA: not an element.
            tag = new Tag(string.Empty, false, raw.Length, false);
            return true;
        }

        var name = raw.Substring(nameStart, index - nameStart).ToLowerInvariant();
        var attributes = raw.Substring(index).ToLowerInvariant();
        var spans = HasSpan(attributes, "colspan") || HasSpan(attributes, "rowspan");
        tag = new Tag(name, isClosing, raw.Length, spans);
        return true;
    }

    /// <summary>True when a colspan or rowspan attribute asks for more than one column or row.</summary>
    private static bool HasSpan(string attributes, string name)
    {
        var index = attributes.IndexOf(name, StringComparison.Ordinal);
        if (index < 0)
        {
            return false;
        }

        var value = new StringBuilder();
        for (var i = index + name.Length; i < attributes.Length; i++)
        {
            var c = attributes[i];
            if (char.IsDigit(c))
            {
                value.Append(c);
            }
            else if (value.Length > 0 || !(c is '=' or '"' or '\'' or ' '))
            {
                break;
            }
        }

        return value.Length > 0 && value.ToString().TrimStart('0') is { Length: > 0 } digits && digits != "1";
    }

    /// <summary>Collects rows and cells as the tags arrive.</summary>
    private sealed class TableBuilder
    {
        private readonly LineMap _lines;
        private readonly List<(List<TableCell> Cells, int Start, int End)> _rows = new();
        private List<TableCell>? _cells;
        private int _rowStart;
        private int _rowEnd;
        private StringBuilder? _cellText;
        private int _cellStart;

        public TableBuilder(LineMap lines) => _lines = lines;

        public void StartRow(int position)
        {
            CloseRow(position);
            _cells = new List<TableCell>();
            _rowStart = position;
            _rowEnd = position;
        }

        public void CloseRow(int position)
        {
            CloseCell(position);
            if (_cells is not null)
            {
                _rows.Add((_cells, _rowStart, Math.Max(_rowEnd, position)));
                _cells = null;
            }
        }

        public void StartCell(int tagStart, int tagEnd, bool spans, List<DiagnosticInfo> diagnostics)
        {
            CloseCell(tagStart);
            if (_cells is null)
            {
                // <td> straight inside <table> or <tbody>: HTML implies the row.
                StartRow(tagStart);
            }

            if (spans)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MalformedHtmlTable,
                    _lines.Span(tagStart, tagEnd),
                    "colspan and rowspan are not supported in a status table: give every row one cell per column"));
            }

            _cellText = new StringBuilder();
            _cellStart = tagStart;
        }

        public void CloseCell(int position)
        {
            if (_cellText is null || _cells is null)
            {
                return;
            }

            _cells.Add(new TableCell(CellText.Normalize(_cellText.ToString()), _lines.Span(_cellStart, position)));
            _cellText = null;
            _rowEnd = position;
        }

        public void AppendText(string value) => _cellText?.Append(value);

        public void AppendText(char value) => _cellText?.Append(value);

        public MarkdownTable? Build(string heading)
        {
            if (_rows.Count == 0)
            {
                return null;
            }

            // The header is the first row: the vendor writes <th> cells there, but a table whose first
            // row uses <td> is read the same way, as a pipe table's first row is its header.
            var header = _rows[0];
            var body = new List<TableRow>(_rows.Count - 1);
            for (var i = 1; i < _rows.Count; i++)
            {
                var row = _rows[i];
                body.Add(new TableRow(row.Cells.ToEquatableArray(), _lines.Span(row.Start, row.End)));
            }

            return new MarkdownTable(heading, _lines.Span(header.Start, header.End), header.Cells.ToEquatableArray(), body.ToEquatableArray());
        }
    }
}
