using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// The raw HTML a browser gets from a markdown page, as one text: the lines of its HTML blocks and
/// paragraphs (whose raw HTML passes through), without the container prefixes Markdig strips
/// (<c>&gt;</c> of a quote, a list item's indent), with a map back to file offsets. An HTML table
/// in a block quote reads its cells without the quote's markers, as a browser shows them.
/// </summary>
internal sealed class HtmlSource
{
    // One entry per line kept: where it starts in Text and in the file. Both ascend.
    private readonly int[] _textStarts;
    private readonly int[] _fileStarts;

    private readonly int _fileLength;

    private HtmlSource(string text, int[] textStarts, int[] fileStarts, int fileLength)
    {
        Text = text;
        _fileLength = fileLength;
        _textStarts = textStarts;
        _fileStarts = fileStarts;
    }

    public string Text { get; }

    public static HtmlSource Create(string file, MarkdownDocument document)
    {
        // Blocks come in document order, so the lines nearly always do: sorting is then one pass.
        var lines = new List<(int LineStart, int ContentStart)>();
        Collect(document, file, lines);
        lines.Sort();
        var text = new StringBuilder(file.Length);
        var textStarts = new List<int>(lines.Count);
        var fileStarts = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i].LineStart == lines[i - 1].LineStart)
            {
                continue;
            }

            var contentStart = lines[i].ContentStart;
            textStarts.Add(text.Length);
            fileStarts.Add(contentStart);
            text.Append(file, contentStart, LineEnd(file, contentStart) - contentStart).Append('\n');
        }

        return new HtmlSource(text.ToString(), textStarts.ToArray(), fileStarts.ToArray(), file.Length);
    }

    /// <summary>The file offset of <paramref name="offset"/> in <see cref="Text"/>; the end of the text is the end of the file.</summary>
    public int ToFile(int offset)
    {
        if (offset >= Text.Length)
        {
            return _fileLength;
        }

        var line = Find(_textStarts, offset);
        return _fileStarts[line] + (offset - _textStarts[line]);
    }

    /// <summary>The offset in <see cref="Text"/> of the file offset <paramref name="offset"/> (a block's start), or of the next text kept.</summary>
    public int FromFile(int offset)
    {
        if (_fileStarts.Length == 0 || offset < _fileStarts[0])
        {
            return 0;
        }

        var line = Find(_fileStarts, offset);
        var lineLength = (line + 1 < _textStarts.Length ? _textStarts[line + 1] : Text.Length) - _textStarts[line];
        return _textStarts[line] + Math.Min(offset - _fileStarts[line], lineLength);
    }

    private static int Find(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return Math.Max(0, index >= 0 ? index : ~index - 1);
    }

    private static void Collect(ContainerBlock container, string file, List<(int LineStart, int ContentStart)> lines)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock nested:
                    Collect(nested, file, lines);
                    break;
                case HtmlBlock or ParagraphBlock:
                    var leafLines = ((LeafBlock)block).Lines;
                    for (var i = 0; i < leafLines.Count; i++)
                    {
                        var line = leafLines.Lines[i];
                        lines.Add((line.Position, ContentStart(file, line.Slice, line.Position)));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Where the line's content starts in the file. When Markdig had to copy the line (a tab across a
    /// container's indent), the copy's text past its leading whitespace ends the file's line.
    /// </summary>
    private static int ContentStart(string file, Markdig.Helpers.StringSlice slice, int lineStart)
    {
        if (ReferenceEquals(slice.Text, file))
        {
            return Math.Max(lineStart, slice.Start);
        }

        var content = slice.ToString().TrimStart(' ', '\t');
        return Math.Max(lineStart, LineEnd(file, lineStart) - content.Length);
    }

    private static int LineEnd(string file, int position)
    {
        while (position < file.Length && file[position] is not ('\r' or '\n'))
        {
            position++;
        }

        return position;
    }
}
