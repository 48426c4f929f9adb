using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Finds pipe tables the way GitHub does (cmark-gfm's table extension), as blocks in Markdig's
/// block phase rather than in a paragraph's text afterwards.
/// </summary>
/// <remarks>
/// A table is not a paragraph, and where it ends decides which rows are codes:
/// <list type="bullet">
/// <item>A table starts at a delimiter row that continues an open paragraph (not lazily, not
/// indented as code) when the paragraph's last line has as many cells; that line is the header.
/// A delimiter-like row with another number of cells ends the chance of a table in that paragraph.</item>
/// <item>A table ends at a blank line, at a line that starts any other block (a thematic break
/// <c>---</c>, a quote, a heading, a fence, an HTML block, a list item, indented code), at a line
/// its containers do not continue (no lazy continuation), and at a line that is only a pipe.
/// Anything else is a row, <c>===</c> included: after a table there is no setext heading.</item>
/// </list>
/// To know whether a line starts another block, the table declines it and lets Markdig's own block
/// parsers try it, as they would after any block that is not a paragraph; this parser runs after
/// them and takes back the lines nobody opened.
/// </remarks>
internal sealed class PipeTableBlockParser : BlockParser
{
    /// <summary>Marks a paragraph that had a delimiter row of another width: GFM opens no table in it.</summary>
    private static readonly object s_noTableKey = new();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.IsBlankLine || IsLazy(processor.CurrentBlock))
        {
            return BlockState.None;
        }

        return processor.CurrentBlock switch
        {
            PipeTableBlock table when table.Parser == this => ContinueTable(processor, table),
            ParagraphBlock paragraph when paragraph.GetData(s_noTableKey) is null => TryStartTable(processor, paragraph),
            _ => BlockState.None,
        };
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
        => processor.IsBlankLine ? BlockState.BreakDiscard : BlockState.None;

    private static BlockState ContinueTable(BlockProcessor processor, PipeTableBlock table)
    {
        var line = processor.Line;
        if (PipeTableSyntax.SplitCells(line.Text, line.Start, line.End + 1) == 0 || PipeTableSyntax.IsFootnoteDefinition(line.Text, line.Start, line.End + 1))
        {
            return BlockState.None;
        }

        processor.RestartIndent();
        table.AppendLine(ref processor.Line, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, processor.TrackTrivia);
        table.UpdateSpanEnd(processor.Line.End);
        table.IsOpen = true;
        return BlockState.BreakDiscard;
    }

    private BlockState TryStartTable(BlockProcessor processor, ParagraphBlock paragraph)
    {
        var line = processor.Line;
        var columns = PipeTableSyntax.DelimiterColumns(line.Text, line.Start, line.End + 1);
        if (columns == 0 || PipeTableSyntax.IsSetextUnderline(line.Text, line.Start, line.End + 1))
        {
            return BlockState.None;
        }

        var lines = paragraph.Lines;
        var header = lines.Lines[lines.Count - 1];
        if (PipeTableSyntax.SplitCells(header.Slice.Text, header.Slice.Start, header.Slice.End + 1) != columns)
        {
            paragraph.SetData(s_noTableKey, s_noTableKey);
            return BlockState.None;
        }

        // The header leaves the paragraph, and the paragraph goes when it has no other line.
        if (lines.Count == 1)
        {
            processor.Discard(paragraph);
        }
        else
        {
            // StringLineGroup.RemoveAt leaves the group inconsistent in Markdig 0.31; copy instead. One
            // slot more than the lines kept: Markdig's line iterator reads the slot after the last line
            // (a link reference definition left in the paragraph threw IndexOutOfRangeException).
            var kept = new StringLineGroup(lines.Count);
            for (var i = 0; i < lines.Count - 1; i++)
            {
                kept.Add(lines.Lines[i]);
            }

            paragraph.Lines = kept;
        }

        var table = new PipeTableBlock(this)
        {
            Column = header.Column,
            Span = new SourceSpan(header.Position, line.End),
        };
        table.Lines.Add(ref header);
        processor.RestartIndent();
        processor.NewBlocks.Push(table);
        return BlockState.Continue;
    }

    /// <summary>
    /// True when a container of <paramref name="block"/> did not continue on this line: a lazy
    /// continuation, which GFM allows a paragraph but never a table. (A list is never marked open
    /// while its items are tried; its items say whether the line continues it.)
    /// </summary>
    private static bool IsLazy(Block? block)
    {
        for (var parent = block?.Parent; parent is not null and not MarkdownDocument; parent = parent.Parent)
        {
            if (!parent.IsOpen && parent is not ListBlock)
            {
                return true;
            }
        }

        return false;
    }
}
