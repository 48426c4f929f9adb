using System;
using System.Text;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>The hostile pieces <see cref="AdversarialInput"/> repeats.</summary>
public enum AdversarialShape
{
    /// <summary>An HTML block with a '&lt;?' never closed, then tags: each '&lt;' once scanned to the end.</summary>
    UnclosedProcessingInstruction,
    UnclosedCdata,
    UnclosedComment,
    UnclosedAttributeQuote,
    AmpersandsWithoutSemicolon,
    NestedTables,
    UnbalancedJsxBraces,
    EndTagsWithoutNames,
    HtmlBlocksInBlockQuote,
    UnmatchedBracketsInCells,
    EmphasisDelimitersInCells,
    OneHugeCellOfMarkdown,
    ReferenceLinksAndDefinitions,
    DelimiterRowsOfAnotherWidth,
    BackslashesBeforePipes,
    LineSeparators,
    OneRowOfManyCells,
}

/// <summary>
/// Pages built to make a reader rescan what it has read: each repeats one hostile piece after a
/// small valid table until the page has the size asked for. A linear reader takes twice the time
/// for twice the page; one that restarts a scan at each piece takes four times.
/// </summary>
internal static class AdversarialInput
{
    private const string ValidTable = "| Code | Description |\n| --- | --- |\n| 1 | one |\n\n";

    /// <summary>The page of <paramref name="shape"/>, of about <paramref name="characters"/> characters, as a catalog.</summary>
    public static GeneratorInput Input(AdversarialShape shape, int characters)
    {
        var input = new GeneratorInput().Catalog("hostile-codes.md", Page(shape, characters), "HostileCode");
        input.GlobalOptions["build_property.RootNamespace"] = "Hostile";
        return input;
    }

    public static string Page(AdversarialShape shape, int characters)
    {
        var (opening, piece, closing) = Pieces(shape);
        var page = new StringBuilder(characters + 256).Append(ValidTable).Append(opening);

        // A piece's "{0}" is its number, so that rows of codes do not repeat one code (and report
        // thousands of duplicates, which measures the diagnostics, not the reading).
        for (var number = 2; page.Length < characters; number++)
        {
            page.Append(piece.Replace("{0}", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return page.Append(closing).ToString();
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

    private static (string Opening, string Piece, string Closing) Pieces(AdversarialShape shape) => shape switch
    {
        AdversarialShape.UnclosedProcessingInstruction => ("<div>\n<?", "<a <b ", "\n"),
        AdversarialShape.UnclosedCdata => ("<div>\n<![CDATA[", "<a <b ", "\n"),
        AdversarialShape.UnclosedComment => ("<div>\n<!--", "<table><tr><td>- -- ", "\n"),
        AdversarialShape.UnclosedAttributeQuote => ("<table><tr><td class=\"", "<td>x ", "\n"),
        AdversarialShape.AmpersandsWithoutSemicolon => ("<table><tr><th>Code</th><th>Description</th></tr><tr><td>2</td><td>", "&amp &#1 &x ", "</td></tr></table>\n"),
        AdversarialShape.NestedTables => ("<table><tr><th>Code</th><th>Description</th></tr>", "<tr><td><table>", "\n"),
        AdversarialShape.UnbalancedJsxBraces => ("<table><tr>", "<th style={{a: '", "\n"),
        AdversarialShape.EndTagsWithoutNames => ("<div>\n", "</ </1 <", "\n"),
        AdversarialShape.HtmlBlocksInBlockQuote => ("> <table><tr><th>Code</th><th>Description</th></tr>\n", ">\n> <tr><td>{0}</td><td>a\n", "> </table>\n"),
        AdversarialShape.UnmatchedBracketsInCells => ("| Code | Description |\n| --- | --- |\n", "| {0} | " + Repeat("[![a](", 500) + " |\n", "\n"),
        AdversarialShape.EmphasisDelimitersInCells => ("| Code | Description |\n| --- | --- |\n", "| {0} | " + Repeat("*a _b **c `d ", 300) + " |\n", "\n"),
        AdversarialShape.OneHugeCellOfMarkdown => ("| Code | Description |\n| --- | --- |\n| 2 | ", "[a](b *c ", " |\n"),
        AdversarialShape.ReferenceLinksAndDefinitions => ("| Code | Description |\n| --- | --- |\n", "| {0} | [a][r] [b] |\n", "\n[r]: /r\n[b]: /b\n"),
        AdversarialShape.DelimiterRowsOfAnotherWidth => (string.Empty, "a | b | c\n| - | - |\n", "\n"),
        AdversarialShape.BackslashesBeforePipes => ("| Code | Description |\n| --- | --- |\n| 2 | ", "\\\\\\\\\\|", " |\n"),
        AdversarialShape.LineSeparators => ("| Code | Description |\n| --- | --- |\n", "| {0} | a\u2028b\u2029 |\n", "\n"),
        AdversarialShape.OneRowOfManyCells => ("| Code | Description |\n| --- | --- |\n| 2 ", "| x ", "|\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
