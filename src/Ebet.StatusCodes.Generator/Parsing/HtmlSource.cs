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
        var contentStarts = new SortedDictionary<int, int>();
        Collect(document, file, contentStarts);
        var text = new StringBuilder(file.Length);
        var textStarts = new int[contentStarts.Count];
        var fileStarts = new int[contentStarts.Count];
        var index = 0;
        foreach (var contentStart in contentStarts.Values)
        {
            var end = LineEnd(file, contentStart);
            textStarts[index] = text.Length;
            fileStarts[index] = contentStart;
            text.Append(file, contentStart, end - contentStart).Append('\n');
            index++;
        }

        return new HtmlSource(text.ToString(), textStarts, fileStarts, file.Length);
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

    private static void Collect(ContainerBlock container, string file, SortedDictionary<int, int> contentStarts)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock nested:
                    Collect(nested, file, contentStarts);
                    break;
                case HtmlBlock or ParagraphBlock:
                    var lines = ((LeafBlock)block).Lines;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var line = lines.Lines[i];
                        contentStarts[line.Position] = ContentStart(file, line.Slice, line.Position);
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
