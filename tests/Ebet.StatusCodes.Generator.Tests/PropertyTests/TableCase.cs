using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>One row of a random table: the code, how its cell writes it, and the plain text of its description.</summary>
/// <param name="CodeText">The code as decimal text, possibly with a sign or leading zeros.</param>
/// <param name="CodeDecoration">Index into <see cref="TableCase.PipeCodeDecorations"/> or <see cref="TableCase.HtmlCodeDecorations"/>.</param>
/// <param name="Text">The description's plain text: what the markdown cell encodes.</param>
/// <param name="Wrap">Index into the text wrappers (see <see cref="CellEncoder"/>).</param>
/// <param name="EncodingSeed">Chooses, character by character, between escapes, entities and line-break tags.</param>
/// <param name="Extra">The text of every extra column's cell.</param>
internal sealed record TableRow(int Code, string CodeText, int CodeDecoration, string Text, int Wrap, int EncodingSeed, string Extra);

/// <summary>
/// A random status table whose plain texts are known, rendered as a markdown page (pipe or HTML
/// table), with the oracle: what the generated lookups must return, and which diagnostics must come.
/// </summary>
internal sealed record TableCase(
    bool Html,
    IReadOnlyList<string> Titles,
    int CodeColumn,
    int DescriptionColumn,
    IReadOnlyList<TableRow> Rows,
    bool LeadingPipe,
    bool TrailingPipe,
    string LineEnding,
    int Preamble,
    int Layout,
    string? Culture,
    ConsumerSetting Setting)
{
    public const string EnumName = "Codes";
    public const string FileName = "codes.md";

    public static readonly string[] PipeCodeDecorations =
    {
        "{0}", "**{0}**", "`{0}`", "<mark style=\"color:purple;background-color:blue;\">**`{0}`**</mark>",
        "<mark style=\"color:red;background-color:blue;\">**{0}**</mark>", "*{0}*", "<b>{0}</b>", "[{0}](https://example.com/codes)", "_{0}_",
    };

    public static readonly string[] HtmlCodeDecorations =
    {
        "{0}", "<mark>{0}</mark>", "<b>{0}</b>", "<code>{0}</code>", "<span style=\"color:red\">{0}</span>", "<strong>{0}</strong>",
    };

    private static readonly string[] s_preambles =
    {
        string.Empty,
        "---\ndescription: 此页面描述eBET响应的状态码。\n---\n\n# eBET响应状态码\n\n",
        "# Codes\n\nThe vendor's codes, pasted in a hurry.\n\n",
        "```markdown\n| Code | Description |\n| --- | --- |\n| 1 | an example, not the catalog |\n```\n\n",
        "| Field | Type |\n| --- | --- |\n| status | int |\n\n",
    };

    public string Markdown => Render().Text;

    /// <summary>The page, and for each row the offsets of its code cell and its description cell.</summary>
    public (string Text, List<(int Code, int Description)> CellOffsets) Render()
    {
        var builder = new StringBuilder();
        var offsets = new List<(int Code, int Description)>(Rows.Count);
        builder.Append(s_preambles[Preamble % s_preambles.Length].Replace("\n", LineEnding, StringComparison.Ordinal));
        if (Html)
        {
            RenderHtml(builder, offsets);
        }
        else
        {
            RenderPipe(builder, offsets);
        }

        if (Layout % 3 == 0)
        {
            builder.Append(LineEnding).Append("After the table.").Append(LineEnding);
        }

        return (builder.ToString(), offsets);
    }

    private void RenderPipe(StringBuilder builder, List<(int Code, int Description)> offsets)
    {
        // An empty first or last cell cannot be written without the outer pipe (GFM would read the
        // pipe as the row's outer one), so rows with an empty description keep both.
        var anyEmpty = Rows.Any(row => CellEncoder.ExpectedText(row.Text).Length == 0);
        var leading = LeadingPipe || anyEmpty;
        var trailing = TrailingPipe || anyEmpty;
        var padding = new string(' ', Layout % 3);
        void Row(IReadOnlyList<string> cells, List<int>? cellOffsets)
        {
            builder.Append(leading ? "|" + padding : string.Empty);
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(padding).Append('|').Append(padding);
                }

                cellOffsets?.Add(builder.Length);
                builder.Append(cells[i]);
            }

            builder.Append(trailing ? padding + "|" : string.Empty).Append(LineEnding);
        }

        Row(Titles, null);
        // A lone "-" would start a list item on a row without the leading pipe.
        var delimiters = new[] { "---", ":--", "--:", ":-:", "--", "-----------" };
        Row(Titles.Select((_, i) => delimiters[(i + Layout) % delimiters.Length]).ToList(), null);
        foreach (var row in Rows)
        {
            var cells = new string[Titles.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = i == CodeColumn
                    ? string.Format(CultureInfo.InvariantCulture, PipeCodeDecorations[row.CodeDecoration % PipeCodeDecorations.Length], row.CodeText)
                    : i == DescriptionColumn
                        ? CellEncoder.Markdown(row.Text, row.Wrap, row.EncodingSeed)
                        : row.Extra;
            }

            var cellOffsets = new List<int>();
            Row(cells, cellOffsets);
            offsets.Add((cellOffsets[CodeColumn], cellOffsets[DescriptionColumn]));
        }
    }

    private void RenderHtml(StringBuilder builder, List<(int Code, int Description)> offsets)
    {
        var newline = Layout % 2 == 0 ? LineEnding : string.Empty;
        var sections = Layout % 4 < 2;
        builder.Append("<table>").Append(newline);
        builder.Append(sections ? "<thead>" : string.Empty).Append("<tr>");
        foreach (var title in Titles)
        {
            builder.Append(Layout % 5 == 0 ? "<td>" : "<th width=\"234\" align=\"center\">").Append(title).Append(Layout % 5 == 0 ? "</td>" : "</th>");
        }

        builder.Append("</tr>").Append(sections ? "</thead><tbody>" : string.Empty).Append(newline);
        var closeCells = Layout % 7 != 3;
        foreach (var row in Rows)
        {
            builder.Append("<tr>");
            var code = -1;
            var description = -1;
            for (var i = 0; i < Titles.Count; i++)
            {
                if (i == CodeColumn)
                {
                    code = builder.Length;
                }
                else if (i == DescriptionColumn)
                {
                    description = builder.Length;
                }

                builder.Append(i == CodeColumn ? "<td align=\"center\">" : "<td>");
                builder.Append(i == CodeColumn
                    ? string.Format(CultureInfo.InvariantCulture, HtmlCodeDecorations[row.CodeDecoration % HtmlCodeDecorations.Length], row.CodeText)
                    : i == DescriptionColumn
                        ? CellEncoder.Html(row.Text, row.Wrap, row.EncodingSeed)
                        : row.Extra);
                builder.Append(closeCells ? "</td>" : string.Empty);
            }

            builder.Append("</tr>").Append(newline);
            offsets.Add((code, description));
        }

        builder.Append(sections ? "</tbody>" : string.Empty).Append("</table>").Append(LineEnding);
    }

    /// <summary>The files of the case: the page alone, with the item's metadata.</summary>
    public IReadOnlyList<CaseFile> Files()
    {
        var metadata = new Dictionary<string, string> { ["StatusCodeEnum"] = EnumName };
        if (Culture is not null)
        {
            metadata["StatusCodeCulture"] = Culture;
        }

        return new[] { new CaseFile(PropertyHarness.Directory + FileName, Markdown, metadata) };
    }

    /// <summary>
    /// What the page must give: the codes in the page's order with their texts after the cell-text
    /// rule (the first row of a code wins; a repeated code is EBSC006 and a code whose text is empty
    /// is EBSC008, each reported on the row's line), EBSC016 when any code is generated, and EBSC039
    /// when the table has no rows at all.
    /// </summary>
    public Expectation Expect()
    {
        var (text, offsets) = Render();
        var lines = LineStarts.Of(text);
        var seen = new HashSet<int>();
        var entries = new List<(int Code, string Text)>();
        var duplicateLines = new List<int>();
        var emptyLines = new List<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (!seen.Add(row.Code))
            {
                duplicateLines.Add(lines.PositionOf(offsets[i].Code).Line);
                continue;
            }

            var expected = CellEncoder.ExpectedText(row.Text);
            if (expected.Length == 0)
            {
                emptyLines.Add(lines.PositionOf(offsets[i].Description).Line);
                continue;
            }

            entries.Add((row.Code, expected));
        }

        return new Expectation(entries, duplicateLines, emptyLines);
    }

    public override string ToString()
        => $"{(Html ? "HTML" : "pipe")} table, {Rows.Count} rows, culture {Culture ?? "(none)"}, {Setting}{Environment.NewLine}"
           + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(Markdown, quote: true);
}

internal sealed record Expectation(List<(int Code, string Text)> Entries, List<int> DuplicateLines, List<int> EmptyLines);
