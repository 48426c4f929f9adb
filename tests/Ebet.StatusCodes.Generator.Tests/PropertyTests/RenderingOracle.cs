using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// What a reader sees of a page's tables: Markdig's complete CommonMark pipeline with pipe tables
/// renders the page to HTML, GFM's tag filter escapes what GitHub escapes, and AngleSharp (a WHATWG
/// HTML parser, as browsers parse) builds the document, whose tables are read with the cell-text
/// rule. Independent of the generator's readers: no code of theirs is used here.
/// </summary>
internal static class RenderingOracle
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly HtmlParser s_parser = new();

    /// <summary>
    /// GFM's tagfilter extension, as cmark-gfm applies it to raw HTML: the "&lt;" of these nine tags,
    /// followed by a space, "&gt;" or "/&gt;", becomes "&amp;lt;". Markdig's own output escapes every other
    /// "&lt;" of text, so applying it to the whole output touches raw HTML only.
    /// </summary>
    private static readonly Regex s_tagFilter = new(
        "<(?=/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?:[ \\t\\n\\v\\f\\r>]|/>))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The elements of GitHub's sanitizer allowlist that a browser lays out as blocks: their text
    /// starts on a line of its own, a space in the cell-text rule.
    /// </summary>
    private static readonly HashSet<string> s_blocks = new(
        "p div pre ul ol li dl dt dd blockquote hr h1 h2 h3 h4 h5 h6 details summary figure figcaption".Split(' '));

    /// <summary>Each table of the rendered page, in document order: its rows, each row its cells' text.</summary>
    public static List<List<List<string>>> Tables(string markdown)
    {
        var document = s_parser.ParseDocument(s_tagFilter.Replace(Markdown.ToHtml(markdown, s_pipeline), "&lt;"));
        return document.QuerySelectorAll("table")
            .Where(table => table.ParentElement?.Closest("table") is null)
            .Select(table => Rows(table).Select(row => row.Select(CellText).ToList()).ToList())
            .ToList();
    }

    private static IEnumerable<IEnumerable<IElement>> Rows(IElement table)
        => table.QuerySelectorAll("tr")
            .Where(row => row.Closest("table") == table)
            .Select(row => row.Children.Where(cell => cell.LocalName is "td" or "th"));

    /// <summary>
    /// The README's cell-text rule over the DOM: the text of every text node, a <c>&lt;br&gt;</c> and the
    /// edges of a block element as a space, an image as its alt text (the generator keeps a markdown
    /// image's alt text); then ASCII whitespace collapsed and trimmed, U+0000 as U+FFFD.
    /// </summary>
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        Append(text, cell);
        return CellEncoder.ExpectedText(text.ToString());
    }

    private static void Append(StringBuilder text, INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append(' ');
                    break;
                case IElement { LocalName: "img" } image:
                    text.Append(image.GetAttribute("alt"));
                    break;
                case IElement block when s_blocks.Contains(block.LocalName):
                    text.Append(' ');
                    Append(text, block);
                    text.Append(' ');
                    break;
                case IElement element:
                    Append(text, element);
                    break;
            }
        }
    }
}
