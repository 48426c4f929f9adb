using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// What a reader sees of a page's tables: Markdig's complete CommonMark pipeline with pipe tables
/// renders the page to HTML, and AngleSharp (a WHATWG HTML parser, as browsers parse) builds the
/// document, whose tables are read with the cell-text rule. Independent of the generator's readers:
/// no code of theirs is used here.
/// </summary>
internal static class RenderingOracle
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly HtmlParser s_parser = new();

    /// <summary>Each table of the rendered page, in document order: its rows, each row its cells' text.</summary>
    public static List<List<List<string>>> Tables(string markdown)
    {
        var document = s_parser.ParseDocument(Markdown.ToHtml(markdown, s_pipeline));
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
    /// The README's cell-text rule over the DOM: the text of every text node, a <c>&lt;br&gt;</c> as a space,
    /// an image as its alt text (the generator keeps a markdown image's alt text), nothing of what a
    /// browser does not show as text (script, style, title); then ASCII whitespace collapsed and
    /// trimmed, U+0000 as U+FFFD.
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
                case IElement { LocalName: "script" or "style" or "title" }:
                    break;
                case IElement element:
                    Append(text, element);
                    break;
            }
        }
    }
}
