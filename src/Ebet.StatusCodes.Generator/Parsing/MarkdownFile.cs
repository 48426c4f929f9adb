using System;
using System.Collections.Generic;
using System.Threading;
using Ebet.StatusCodes.Generator.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>What a markdown file holds for the generator: its front matter and its tables, in order.</summary>
internal sealed class MarkdownFile
{
    /// <summary>Markdig's CommonMark parse with front matter and pipe tables found as GitHub finds them.</summary>
    internal static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private readonly List<MarkdownTable> _tables = new();
    private readonly Dictionary<string, FrontMatterValue> _frontMatter = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly string _text;
    private string _heading = string.Empty;
    private LinkReferenceDefinitionGroup? _definitions;
    private MarkdownDocument? _document;
    private HtmlTableReader? _html;

    // Raw HTML is read past the end of Markdig's block; blocks before this offset are already read.
    private int _consumedUpTo;

    private MarkdownFile(string path, string text)
    {
        _text = text;
        Lines = new LineMap(path, text);
    }

    public LineMap Lines { get; }

    /// <summary>The tables, pipe and HTML, in the order the file has them.</summary>
    public IReadOnlyList<MarkdownTable> Tables => _tables;

    /// <summary>The <c>key: value</c> lines of the YAML front matter (one level, scalar values).</summary>
    public IReadOnlyDictionary<string, FrontMatterValue> FrontMatter => _frontMatter;

    /// <summary>What could not be read as written (malformed HTML tables).</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public static MarkdownFile Read(string path, string text, CancellationToken cancellationToken)
    {
        var file = new MarkdownFile(path, text);
        var document = Markdown.Parse(text, Pipeline);
        file._document = document;
        file._definitions = document.GetLinkReferenceDefinitions(false);
        file.Walk(document, cancellationToken);
        return file;
    }

    private void Walk(ContainerBlock container, CancellationToken cancellationToken)
    {
        foreach (var block in container)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Span.Start < _consumedUpTo)
            {
                continue;
            }

            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    ReadFrontMatter(yaml);
                    break;
                case HeadingBlock or PipeTableBlock when _html is { InMarkup: false }:
                    // Inside a comment or a noscript that an earlier HTML block left open: not rendered.
                    break;
                case HeadingBlock headingBlock:
                    _heading = HeadingText(headingBlock);
                    break;
                case PipeTableBlock table:
                    _tables.Add(PipeTableReader.Read(SourceLines(table), _heading, Lines, _definitions));
                    break;
                case HtmlBlock html:
                    _html ??= new HtmlTableReader(HtmlSource.Create(_text, _document!), Lines, _tables, _diagnostics);
                    _html.ReadBlock(html.Span.Start, html.Span.End + 1, _heading);
                    _consumedUpTo = _html.ReadUpTo;
                    break;
                case ContainerBlock nested:
                    Walk(nested, cancellationToken);
                    break;
            }
        }
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation();

        // Pipe tables are blocks of their own, found as GitHub finds them; the parser goes last but
        // for paragraphs, so that every other block can interrupt a table first.
        var paragraphs = builder.BlockParsers.Find<ParagraphBlockParser>()!;
        builder.BlockParsers.Insert(builder.BlockParsers.IndexOf(paragraphs), new PipeTableBlockParser());

        // Markdig parses no inlines: paragraphs carry no text the generator reads (their inline parsing
        // was the main cost of a large page), and table cells and headings are parsed one by one,
        // each with its own location should Markdig refuse one (CellText, HeadingText).
        paragraphs.Closed += static (_, block) => ((LeafBlock)block).ProcessInlines = false;
        builder.BlockParsers.Find<HeadingBlockParser>()!.Closed += static (_, block) => ((LeafBlock)block).ProcessInlines = false;
        return builder.Build();
    }

    private string HeadingText(HeadingBlock heading)
    {
        // A heading is a table's label, not a text the enum holds: one Markdig cannot read in linear
        // time (a table's HTML pasted onto a heading line) is labelled by its characters as written.
        // Lines.ToString() joins a setext heading's lines with '\n'.
        var markdown = heading.Lines.ToString();
        if (markdown.Length > InlineOnlyParser.LongestMarkdown)
        {
            return CellText.Normalize(markdown);
        }

        try
        {
            return CellText.FromMarkdown(markdown, _definitions);
        }
        catch (ArgumentException exception)
        {
            throw new UnreadableMarkdownException(Lines.Span(heading.Span.Start, heading.Span.End + 1), exception);
        }
    }

    /// <summary>
    /// The block's lines as Markdig keeps them. Markdig takes only indentation (spaces and tabs) off a
    /// table's lines, never a U+3000, so a cell at the edge of a row without outer pipes keeps it
    /// (the cell-text rule trims ASCII whitespace only, as GFM does).
    /// </summary>
    private static List<SourceLine> SourceLines(LeafBlock block)
    {
        var group = block.Lines;
        var result = new List<SourceLine>(group.Count);
        for (var i = 0; i < group.Count; i++)
        {
            var line = group.Lines[i];
            var slice = line.Slice;
            result.Add(slice.Start >= line.Position
                ? new SourceLine(slice.Text, slice.Start, slice.End + 1)
                : new SourceLine(slice.ToString(), 0, slice.Length, line.Position));
        }

        return result;
    }

    private void ReadFrontMatter(YamlFrontMatterBlock yaml)
    {
        foreach (var line in SourceLines(yaml))
        {
            var content = line.ToString();
            var colon = content.IndexOf(':');
            if (colon <= 0 || content.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var key = content.Substring(0, colon).Trim();
            var value = Unquote(content.Substring(colon + 1).Trim());
            var location = line.SpanIn(Lines);
            _frontMatter[key] = new FrontMatterValue(value, location);
        }
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\'')))
        {
            return value.Substring(1, value.Length - 2);
        }

        return value;
    }
}

internal readonly record struct FrontMatterValue(string Value, FileLocation Location);
