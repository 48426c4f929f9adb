using System;
using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Turns character offsets in a file's text into <see cref="FileLocation"/>s (zero-based line and
/// column, counted in UTF-16 code units), with lines broken where Roslyn's <c>SourceText</c> breaks
/// them: CR, LF, CRLF, U+0085, U+2028 and U+2029. The IDE shows a diagnostic on the line it
/// numbers that way, so a page holding a U+2028 must be counted the same way.
/// </summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly string _text;
    private readonly int[] _lineStarts;

    // The line of the last position asked for. Readers ask in file order, cell after cell of one
    // row, so it is nearly always the answer and saves a binary search per cell. A map belongs
    // to one read of one file, on one thread.
    private int _lastLine;

    public LineMap(string path, string text)
    {
        _path = path;
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (IsLineBreak(text[i]))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string Path => _path;

    /// <summary>The location of the characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public FileLocation Span(int start, int end)
    {
        start = Clamp(start);
        end = Math.Max(start, Clamp(end));
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new FileLocation(_path, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The location of a whole line, without its line break.</summary>
    public FileLocation Line(int line)
    {
        line = Math.Max(0, Math.Min(line, _lineStarts.Length - 1));
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        while (end > start && IsLineBreak(_text[end - 1]))
        {
            end--;
        }

        return Span(start, end);
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private int Clamp(int offset) => Math.Max(0, Math.Min(offset, _text.Length));

    private (int Line, int Column) Position(int offset)
    {
        var line = _lastLine;
        if (offset < _lineStarts[line] || (line + 1 < _lineStarts.Length && offset >= _lineStarts[line + 1]))
        {
            var index = Array.BinarySearch(_lineStarts, offset);
            line = index >= 0 ? index : ~index - 1;
            _lastLine = line;
        }

        return (line, offset - _lineStarts[line]);
    }
}
