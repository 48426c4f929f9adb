using System.Collections.Generic;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Where markdown text is shown as it is written, found in one pass: code spans (a run of backticks
/// to the next run of the same length, CommonMark's rule) and what lies between a '&lt;' and the next
/// '&gt;' (autolinks and raw HTML, taken broadly).
/// </summary>
internal sealed class LiteralSpans
{
    private readonly List<(int Start, int End)> _spans;
    private int _cursor;

    private LiteralSpans(List<(int Start, int End)> spans) => _spans = spans;

    public static LiteralSpans Of(string markdown)
    {
        var spans = new List<(int Start, int End)>();
        var runs = BacktickRuns(markdown);
        var next = new Dictionary<int, int>();
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '`' && (i == 0 || markdown[i - 1] != '`') && !PipeTableSyntax.IsEscaped(markdown, 0, i))
            {
                var length = RunLength(markdown, i);
                if (Closing(runs, next, length, i + length) is var close and >= 0)
                {
                    spans.Add((i, close + length));
                    i = close + length - 1;
                    continue;
                }
            }
            else if (markdown[i] == '<' && markdown.IndexOf('>', i + 1) is var end and > 0)
            {
                spans.Add((i, end + 1));
                i = end;
            }
        }

        return new LiteralSpans(spans);
    }

    /// <summary>True when <paramref name="position"/> is in a span; asked in ascending order.</summary>
    public bool Contains(int position)
    {
        while (_cursor < _spans.Count && _spans[_cursor].End <= position)
        {
            _cursor++;
        }

        return _cursor < _spans.Count && _spans[_cursor].Start <= position;
    }

    /// <summary>For each run length, the starts of the backtick runs of that length, in order.</summary>
    private static Dictionary<int, List<int>> BacktickRuns(string markdown)
    {
        var runs = new Dictionary<int, List<int>>();
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '`' && (i == 0 || markdown[i - 1] != '`'))
            {
                var length = RunLength(markdown, i);
                if (!runs.TryGetValue(length, out var starts))
                {
                    runs[length] = starts = new List<int>();
                }

                starts.Add(i);
            }
        }

        return runs;
    }

    /// <summary>The first run of <paramref name="length"/> backticks starting at or after <paramref name="from"/>; each list is walked once.</summary>
    private static int Closing(Dictionary<int, List<int>> runs, Dictionary<int, int> next, int length, int from)
    {
        var starts = runs[length];
        next.TryGetValue(length, out var index);
        while (index < starts.Count && starts[index] < from)
        {
            index++;
        }

        next[length] = index;
        return index < starts.Count ? starts[index] : -1;
    }

    private static int RunLength(string markdown, int start)
    {
        var end = start;
        while (end < markdown.Length && markdown[end] == '`')
        {
            end++;
        }

        return end - start;
    }
}
