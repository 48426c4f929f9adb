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

    /// <summary>The inlines of <paramref name="markdown"/>, or null when there are none.</summary>
    /// <exception cref="System.ArgumentException">
    /// The markdown is longer than <see cref="LongestMarkdown"/>, or Markdig refuses it (nested beyond its depth limit).
    /// </exception>
    public static Markdig.Syntax.Inlines.ContainerInline? Parse(string markdown, LinkReferenceDefinitionGroup? definitions)
    {
        markdown = EscapeUnclosedBrackets(markdown);
        if (markdown.Length > LongestMarkdown)
        {
            throw new System.ArgumentException(
                "a table cell or heading of " + markdown.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + " characters holds markdown; such text is read up to " + LongestMarkdown.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                + " characters, to keep reading in linear time");
        }

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
    /// A '[' with no ']' after it can open no link, so CommonMark shows it as it is; escaped, it
    /// shows the same, and Markdig does not nest it (its parser slows with the square of a run of
    /// them). Text with code spans or angle brackets is left alone: a backslash would show there.
    /// </summary>
    internal static string EscapeUnclosedBrackets(string markdown)
    {
        var lastClose = markdown.LastIndexOf(']');
        var firstOpen = markdown.IndexOf('[', lastClose + 1);
        if (firstOpen < 0 || markdown.IndexOfAny(s_literalContexts) >= 0)
        {
            return markdown;
        }

        var builder = new System.Text.StringBuilder(markdown.Length + 16).Append(markdown, 0, firstOpen);
        for (var i = firstOpen; i < markdown.Length; i++)
        {
            if (markdown[i] == '[' && !PipeTableSyntax.IsEscaped(markdown, 0, i))
            {
                builder.Append('\\');
            }

            builder.Append(markdown[i]);
        }

        return builder.ToString();
    }

    private static readonly char[] s_literalContexts = { '`', '<' };

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
