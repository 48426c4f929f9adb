using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// A page for the rendering oracle: one table (pipe or HTML) of random cells, in a container or not,
/// with hostile markup before it and a line straight after its last row. <see cref="Page"/> is the
/// page; <see cref="OraclePage"/> the same page as GitHub reads it, written so that Markdig reads it
/// the same way too: where GFM ends a table at a line that CommonMark would take into a paragraph
/// (a setext underline, a lazy line, an HTML or list start that cannot interrupt a paragraph), a
/// blank line ends it explicitly; where GFM reads a row (<c>===</c>), the row gets its pipes.
/// </summary>
internal sealed record OracleCase(bool Html, int Container, string[][] Rows, int Before, int After, string Definitions)
{
    /// <summary>Cell pieces: what vendors write and what breaks readers (brackets, references, Cf and line-separator characters).</summary>
    private static readonly string[] s_pipePieces =
    {
        "余额不足", "Insufficient balance", "1003", "ok", " ", "**bold**", "*em*", "_u_", "`code`", "[link](https://e.com)", "[ref][r]", "[Shortcut]",
        "[missing][nope]", "[", "![", "]", "[x", "x]", "![alt](i.png)", "&amp;", "&copy;", "&#65;", "&#x4E2D;", "&nope;", "\\*", "\\[", "\\|", "<br>",
        "<b>b</b>", "<mark style=\"color:red\">m</mark>", "a<div>d</div>", "<p>p</p>", "<hr>", "\u200B", "\u200E", "\u202E", "\u2028", "\u2029", "\u0085", "\u3000", "\u00A0", "😀", "a_b_c", "2*3*4", "\t",
    };

    private static readonly string[] s_htmlPieces =
    {
        "余额不足", "Insufficient balance", "1003", "ok", " ", "\n", "<b>bold</b>", "<mark>m</mark>", "<br>", "<br/>", "&amp;", "&amp b", "&copy;", "&notit;",
        "&#65;", "&#x80;", "a < b", "<!-- hidden <td>x</td> -->", "<span class=\"a\">s</span>", "<code>c</code>", "<script>var t = '<td>';</script>",
        "a<p>p</p>b", "<div>d</div>", "<li>l</li>", "<hr>", "<h3>h</h3>", "<section>s</section>",
        "\u200B", "\u2028", "\u0085", "\u3000", "😀", "[x]", "**not bold**",
    };

    private static readonly string[] s_befores =
    {
        string.Empty,
        "# Codes\n\nSome words.\n\n",
        "<!-- old codes:\n<table><tr><th>Code</th><th>Description</th></tr><tr><td>9</td><td>withdrawn</td></tr></table>\n-->\n\n",
        "<!--\n\n| Code | Description |\n| - | - |\n| 9 | withdrawn |\n\n-->\n\n",
        "<script>\nvar old = '<table><tr><td>9</td></tr></table>';\n</script>\n\n",
        "<textarea>\n<table><tr><td>9</td></tr></table>\n</textarea>\n\n",
        "<div>\n<!-- a comment left open in a block\n\n<table><tr><td>9</td></tr></table>\n\n<p>--></p>\n</div>\n\n",
    };

    private enum Follow
    {
        /// <summary>GFM ends the table: the line starts another block.</summary>
        EndsTable,

        /// <summary>GFM reads a row, though CommonMark would read a setext underline.</summary>
        Row,

        /// <summary>A line without the container's prefix: GFM ends the table; CommonMark continues the paragraph.</summary>
        Lazy,
    }

    private static readonly (string Line, Follow Kind)[] s_afters =
    {
        ("---", Follow.EndsTable), ("***", Follow.EndsTable), ("___", Follow.EndsTable), ("- - -", Follow.EndsTable), ("-", Follow.EndsTable),
        ("===", Follow.Row), ("> quoted", Follow.EndsTable), ("```", Follow.EndsTable), ("# Heading", Follow.EndsTable), ("- item", Follow.EndsTable),
        ("2. item", Follow.EndsTable), ("<div>", Follow.EndsTable), ("<span>", Follow.EndsTable), ("<!-- comment -->", Follow.EndsTable),
        ("    | 7 | indented |", Follow.EndsTable), ("[^1]: a footnote", Follow.EndsTable), ("| 7 | lazy |", Follow.Lazy), ("\nAfter the table.", Follow.EndsTable),
    };

    public static readonly Gen<OracleCase> Gen =
        CsCheck.Gen.Select(
            CsCheck.Gen.Bool,
            CsCheck.Gen.Int[0, 2],
            CsCheck.Gen.Int[2, 3].SelectMany(columns => CsCheck.Gen.Int[0, 6].SelectMany(rows => CsCheck.Gen.Int[0, 99].Array[1, 4].Array[columns].Array[rows + 1])),
            CsCheck.Gen.Int[0, s_befores.Length - 1],
            CsCheck.Gen.Int[0, s_afters.Length],
            CsCheck.Gen.Bool)
        .Select(((bool Html, int Container, int[][][] Pieces, int Before, int After, bool Definitions) value) =>
            new OracleCase(
                value.Html,
                value.Container,
                value.Pieces.Select(row => row.Select(cell => Cell(value.Html, cell)).ToArray()).ToArray(),
                value.Before,
                value.After,
                value.Definitions ? "[r]: https://e.com/r\n[shortcut]: /s 'title'\n" : string.Empty));

    public string Page => Render(forOracle: false);

    public string OraclePage => Render(forOracle: true);

    private static string Cell(bool html, int[] pieces)
    {
        var source = html ? s_htmlPieces : s_pipePieces;
        var cell = string.Concat(pieces.Select(piece => source[piece % source.Length]));

        // A cell that is only spaces or a lone link-ish bracket is fine; an empty pipe cell is fine too.
        return html ? cell : cell.Replace("\n", " ", System.StringComparison.Ordinal);
    }

    private string Render(bool forOracle)
    {
        var lines = (Html ? HtmlTable() : PipeTable(forOracle)).TrimEnd('\n').Split('\n').Select((line, index) => Contain(line, index)).ToList();
        if (After > 0)
        {
            var (line, kind) = s_afters[After - 1];
            var lazy = kind == Follow.Lazy && Container != 0;
            var isRow = kind == Follow.Row || (kind == Follow.Lazy && Container == 0);
            if (forOracle && !isRow)
            {
                lines.Add(string.Empty);
            }

            lines.Add(lazy ? line : Contain(forOracle && isRow && !line.Contains('|', StringComparison.Ordinal) ? "| " + line + " |" : line));
        }

        return s_befores[Before] + string.Join("\n", lines) + "\n\n" + Definitions;
    }

    /// <summary>A line in the table's container, after its first: a block quote's marker, or a list item's indent.</summary>
    private string Contain(string line, int index) => Container switch
    {
        1 => "> " + line,
        2 => (index == 0 ? "- " : "  ") + line,
        _ => line,
    };

    private string Contain(string line) => Contain(line, 1);

    private string PipeTable(bool forOracle)
    {
        string Row(string[] cells) => "| " + string.Join(" | ", forOracle ? cells.Select(cell => KeepEdgeWhitespace(UnpairedBracketsAsReferences(cell))) : cells) + " |\n";
        var builder = new StringBuilder(Row(Rows[0]));
        builder.Append('|').Append(string.Concat(Rows[0].Select(_ => " --- |"))).Append('\n');
        foreach (var row in Rows.Skip(1))
        {
            builder.Append(Row(row));
        }

        return builder.ToString();
    }

    /// <summary>
    /// GFM splits a row into cells before it reads their inlines; Markdig reads the inlines of the
    /// whole table first, so a bracket of one cell can pair with a bracket of another (a link across
    /// cells breaks its table). And after <c>[label]</c> of a defined label, Markdig takes a lone '['
    /// for a full reference and leaves the shortcut link as text, where cmark makes it a link. In the
    /// oracle's page, a bracket that pairs with none in its own cell is a character reference, which
    /// GFM shows the same and no reader pairs. (Pieces hold no code span with a bracket.)
    /// </summary>
    private static string UnpairedBracketsAsReferences(string cell)
    {
        var unpaired = new HashSet<int>();
        var open = new Stack<int>();
        for (var i = 0; i < cell.Length; i++)
        {
            var escaped = i > 0 && cell[i - 1] == '\\';
            if (cell[i] == '[' && !escaped)
            {
                open.Push(i);
            }
            else if (cell[i] == ']' && !escaped && !open.TryPop(out _))
            {
                unpaired.Add(i);
            }
        }

        unpaired.UnionWith(open);
        return string.Concat(cell.Select((c, i) => unpaired.Contains(i) ? (c == '[' ? "&#91;" : "&#93;") : c.ToString()));
    }

    /// <summary>
    /// GFM trims only ASCII whitespace off a cell (cmark's trim), Markdig every kind: at the oracle's
    /// cell edges, other whitespace (U+3000, U+00A0, U+2028...) is written as a character reference,
    /// which GFM renders the same and Markdig does not trim.
    /// </summary>
    private static string KeepEdgeWhitespace(string cell)
    {
        var core = cell.Trim(' ', '\t');
        var start = 0;
        while (start < core.Length && char.IsWhiteSpace(core[start]))
        {
            start++;
        }

        var end = core.Length;
        while (end > start && char.IsWhiteSpace(core[end - 1]))
        {
            end--;
        }

        static string References(string text) => string.Concat(text.Select(c => "&#x" + ((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ";"));
        return string.Concat(References(core.Substring(0, start)), core.AsSpan(start, end - start), References(core.Substring(end)));
    }

    private string HtmlTable()
    {
        var builder = new StringBuilder("<table>\n");
        for (var r = 0; r < Rows.Length; r++)
        {
            var tag = r == 0 ? "th" : "td";
            builder.Append("<tr>").Append(string.Concat(Rows[r].Select(cell => "<" + tag + ">" + cell + "</" + tag + ">"))).Append("</tr>\n");
        }

        // Blank lines inside an HTML block end it: a table keeps none, and a line of only spaces or
        // tabs is blank too. The reader follows a table across blocks, but GitHub renders the
        // markdown of the lines between, which the reader keeps as written: a documented difference
        // (docs/generator.md, "Where the generator reads otherwise than GitHub"), not a case to test.
        var lines = builder.Append("</table>").ToString().Split('\n').Where(line => line.Trim(' ', '\t').Length > 0);
        return string.Join("\n", lines) + "\n";
    }

    public override string ToString()
        => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(Page, quote: true) + System.Environment.NewLine + "oracle's page: "
           + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(OraclePage, quote: true);
}
