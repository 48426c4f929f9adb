using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads the <c>&lt;table&gt;</c> elements of a page's HTML blocks into <see cref="MarkdownTable"/>s with
/// the same cell-text rule as pipe tables.
/// </summary>
/// <remarks>
/// A narrow reader, not a browser: it knows <c>table</c>, <c>caption</c>, <c>colgroup</c>/<c>col</c>,
/// <c>thead</c>/<c>tbody</c>/<c>tfoot</c>, <c>tr</c>, <c>th</c> and <c>td</c>, closes a cell or row that the next one
/// implies (<c>&lt;td&gt;a&lt;td&gt;b</c>), keeps the text of any other element inside a cell, turns
/// <c>&lt;br&gt;</c> and the tags of block elements (<c>p</c>, <c>div</c>, <c>li</c>...) into a space and
/// decodes character references. Tags, comments and text are told apart as a browser tells them in
/// the HTML GitHub gives it (<see cref="HtmlTokenizer"/>), on the page's HTML without its container
/// prefixes (<see cref="HtmlSource"/>).
/// What would make columns ambiguous (colspan/rowspan, a nested table), an unclosed table and a tag
/// that cannot be read as meant are reported with their location instead of guessed at. A table is
/// followed past the HTML block it starts in, because a blank line inside a table splits it into
/// several blocks.
/// </remarks>
internal sealed class HtmlTableReader
{
    private readonly HtmlSource _source;
    private readonly HtmlTokenizer _tokenizer;
    private readonly LineMap _lines;
    private readonly List<MarkdownTable> _tables;
    private readonly List<DiagnosticInfo> _diagnostics;

    public HtmlTableReader(HtmlSource source, LineMap lines, List<MarkdownTable> tables, List<DiagnosticInfo> diagnostics)
    {
        _source = source;
        _tokenizer = new HtmlTokenizer(source.Text);
        _lines = lines;
        _tables = tables;
        _diagnostics = diagnostics;
    }

    /// <summary>False while a comment or an element whose text is not markup is open: nothing there is rendered.</summary>
    public bool InMarkup => _tokenizer.InMarkup;

    /// <summary>The file offset up to which the page has been read; blocks that start before it are read already.</summary>
    public int ReadUpTo => _source.ToFile(_tokenizer.Position);

    /// <summary>Reads the HTML block at file offsets [<paramref name="start"/>, <paramref name="end"/>) and every table that starts in it.</summary>
    public void ReadBlock(int start, int end, string heading)
    {
        _tokenizer.SkipTo(_source.FromFile(start));
        var limit = _source.FromFile(end);
        for (var token = _tokenizer.Next(limit); token.Kind != HtmlTokenKind.None; token = _tokenizer.Next(limit))
        {
            if (token.Kind == HtmlTokenKind.Tag && token.Tag is { Name: "table", IsEnd: false } tag)
            {
                ReadTable(tag, heading);
            }
        }
    }

    private void ReadTable(HtmlTag tableTag, string heading)
    {
        var builder = new HtmlTableBuilder(_lines, _source);
        if (!tableTag.IsComplete)
        {
            Report(builder, tableTag, "this <table> tag is cut off by the end of the file (a quote or a brace is never closed), so it has no closing </table>; close them");
            return;
        }

        for (var token = _tokenizer.Next(int.MaxValue); token.Kind != HtmlTokenKind.None; token = _tokenizer.Next(int.MaxValue))
        {
            if (token.Kind == HtmlTokenKind.Text)
            {
                builder.AppendText(token.Source, token.Start, token.Length);
                continue;
            }

            var tag = token.Tag;
            if (!tag.IsComplete)
            {
                Report(builder, tag, "this <" + tag.Name + "> tag is cut off by the end of the file (a quote or a brace is never closed), so the table has no closing </table>; close them");
                return;
            }

            if (tag.SwallowsMarkup)
            {
                Report(builder, tag, "an attribute value of this <" + tag.Name + "> tag runs over other tags, as a browser reads it: close its quote");
            }

            if (OnTag(builder, tag, heading))
            {
                return;
            }
        }

        Report(builder, tableTag, "this <table> has no closing </table>; close it");
    }

    /// <summary>Applies one tag to the table; true when the table is over.</summary>
    private bool OnTag(HtmlTableBuilder builder, HtmlTag tag, string heading)
    {
        switch (tag.Name)
        {
            case "table" when tag.IsEnd:
                builder.CloseRow(tag.Start);
                if (builder.Build(heading) is { } table)
                {
                    _tables.Add(table);
                }

                return true;
            case "table":
                Report(builder, tag, "a table inside a table cell is not supported; move it out of the cell");
                SkipNestedTable();
                return true;
            case "tr" when !tag.IsEnd:
                builder.StartRow(tag.Start);
                break;
            case "tr":
                builder.CloseRow(tag.End);
                break;
            case "th" or "td" when !tag.IsEnd:
                builder.StartCell(tag, _diagnostics);
                break;
            case "th" or "td":
                builder.CloseCell(tag.End);
                break;
            case "thead" or "tbody" or "tfoot":
                builder.CloseRow(tag.Start);
                break;
            case var name when GitHubHtml.BreaksLine(name):
                // <br> (</br> too, as browsers read it), <p>, <div>, <li>...: a new line where a browser shows the cell.
                builder.AppendText(" ");
                break;
        }

        // Other elements (mark, b, span, a, caption, col...) add nothing but their text.
        return false;
    }

    /// <summary>Past the nested table's end, then past the end of the table it is in.</summary>
    private void SkipNestedTable()
    {
        var depth = 1;
        for (var token = _tokenizer.Next(int.MaxValue); token.Kind != HtmlTokenKind.None; token = _tokenizer.Next(int.MaxValue))
        {
            if (token.Kind == HtmlTokenKind.Tag && token.Tag.Name == "table" && (depth += token.Tag.IsEnd ? -1 : 1) < 0)
            {
                return;
            }
        }
    }

    private void Report(HtmlTableBuilder builder, HtmlTag tag, string problem)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedHtmlTable, builder.Span(tag.Start, tag.End), problem));
}
