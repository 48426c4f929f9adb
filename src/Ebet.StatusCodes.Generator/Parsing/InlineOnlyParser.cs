using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Parses a table cell's markdown as GFM parses a cell: inlines only, in the page's context.
/// </summary>
/// <remarks>
/// A cell parsed as a document of its own would be read as blocks: <c>[1003]: 余额不足</c> would
/// vanish as a link reference definition, <c>    x</c> become code. Here the whole text is one
/// leaf whose inlines Markdig parses, with the link reference definitions of the page it came
/// from, so that <c>[text][ref]</c> with <c>[ref]: …</c> elsewhere on the page reads as GitHub shows it.
/// </remarks>
internal static class InlineOnlyParser
{
    /// <summary>
    /// The longest markdown handed to Markdig. Its inline parser takes time growing with the square of
    /// some texts (unmatched brackets and emphasis markers by the thousand): bounding each cell keeps
    /// reading a page linear. A status text is a sentence; no real cell comes near.
    /// </summary>
    public const int LongestMarkdown = 4096;

    private static readonly object s_definitionsKey = new();

    private static readonly MarkdownPipeline s_pipeline = CreatePipeline();

    private static readonly char[] s_brackets = { '[', ']' };

    /// <summary>The inlines of <paramref name="markdown"/>, or null when there are none.</summary>
    /// <exception cref="System.ArgumentException">
    /// The markdown is longer than <see cref="LongestMarkdown"/>, or Markdig refuses it (nested beyond its depth limit).
    /// </exception>
    public static Markdig.Syntax.Inlines.ContainerInline? Parse(string markdown, LinkReferenceDefinitionGroup? definitions)
    {
        if (markdown.Length > LongestMarkdown)
        {
            throw new System.ArgumentException(
                "a table cell or heading of " + markdown.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + " characters holds markdown; such text is read up to " + LongestMarkdown.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + " characters, to keep reading in linear time");
        }

        markdown = EscapeUnclosedBrackets(markdown);

        MarkdownParserContext? context = null;
        if (definitions is { Links.Count: > 0 } && markdown.IndexOf('[') >= 0)
        {
            context = new MarkdownParserContext();
            context.Properties[s_definitionsKey] = definitions;
        }

        var document = Markdown.Parse(markdown, s_pipeline, context);
        return document.Count > 0 && document[0] is LeafBlock leaf ? leaf.Inline : null;
    }

    /// <summary>
    /// A bracket that pairs with none (each ']' pairs with the nearest '[' still open, as in
    /// CommonMark's bracket stack) can open or close no link, so CommonMark shows it as it is;
    /// escaped, it shows the same, and Markdig neither nests it (its parser slows with the square of a
    /// run of them) nor pairs it where cmark would not (after <c>[a][b]</c> of an undefined <c>b</c>,
    /// Markdig let a later ']' close <c>[a</c>; after a defined <c>[label]</c>, it took a lone '[' for a
    /// full reference and left the shortcut link as text). Brackets in code spans and between angle
    /// brackets (autolinks, raw HTML) are left alone: a backslash would show, or change a tag.
    /// </summary>
    internal static string EscapeUnclosedBrackets(string markdown)
    {
        if (markdown.IndexOfAny(s_brackets) < 0)
        {
            return markdown;
        }

        var literal = LiteralSpans.Of(markdown);
        var open = new System.Collections.Generic.Stack<int>();
        var unpaired = new System.Collections.Generic.List<int>();
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] is '[' or ']' && !PipeTableSyntax.IsEscaped(markdown, 0, i) && !literal.Contains(i))
            {
                if (markdown[i] == '[')
                {
                    open.Push(i);
                }
                else if (open.Count > 0)
                {
                    open.Pop();
                }
                else
                {
                    unpaired.Add(i);
                }
            }
        }

        if (open.Count == 0 && unpaired.Count == 0)
        {
            return markdown;
        }

        unpaired.AddRange(open);
        unpaired.Sort();
        var builder = new System.Text.StringBuilder(markdown.Length + unpaired.Count);
        var last = 0;
        foreach (var position in unpaired)
        {
            builder.Append(markdown, last, position - last).Append('\\');
            last = position;
        }

        return builder.Append(markdown, last, markdown.Length - last).ToString();
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new InlineLeafParser());
        return builder.Build();
    }

    /// <summary>The one block of a cell's document: every line, as it is, with inlines to parse.</summary>
    private sealed class InlineLeaf : LeafBlock
    {
        public InlineLeaf(BlockParser parser)
            : base(parser)
        {
            ProcessInlines = true;
        }
    }

    private sealed class InlineLeafParser : BlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            // The page's definitions are shared, not copied: copying them for every cell would cost
            // cells times definitions. Markdig keeps a document's definitions under this key.
            if (processor.Context?.Properties.TryGetValue(s_definitionsKey, out var definitions) == true)
            {
                processor.Document.SetData(typeof(LinkReferenceDefinitionGroup), definitions);
            }

            processor.RestartIndent();
            processor.NewBlocks.Push(new InlineLeaf(this));
            return BlockState.Continue;
        }

        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            processor.RestartIndent();
            return BlockState.Continue;
        }
    }
}
