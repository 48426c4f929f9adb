using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ebet.StatusCodes.Tool.Documents;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// Changes to a file by line, against its lines as read (the line numbers of the generator's
/// locations): lines deleted, lines replaced, lines inserted before a line. Every other line is
/// kept byte for byte, its own line ending with it; inserted lines take the file's first line
/// ending, and the file keeps (or keeps lacking) its final line break.
/// </summary>
internal sealed class LineEdits
{
    private readonly HashSet<int> _deleted = new();
    private readonly Dictionary<int, string> _replaced = new();
    private readonly SortedDictionary<int, List<string>> _insertedBefore = new();

    public LineEdits(TextDocument document) => Document = document;

    public TextDocument Document { get; }

    public bool IsEmpty => _deleted.Count == 0 && _replaced.Count == 0 && _insertedBefore.Count == 0;

    public bool IsDeleted(int line) => _deleted.Contains(line);

    public void Delete(int line)
    {
        Check(line, Document.Lines.Count - 1);
        _replaced.Remove(line);
        _deleted.Add(line);
    }

    /// <summary>A line's text replaced; its line ending stays.</summary>
    public void Replace(int line, string content)
    {
        Check(line, Document.Lines.Count - 1);
        if (!_deleted.Contains(line))
        {
            _replaced[line] = content;
        }
    }

    /// <summary>The text of a line as it will be: its replacement, else its text as read.</summary>
    public string ContentOf(int line) => _replaced.TryGetValue(line, out var content) ? content : Document.Lines[line].Content;

    /// <summary>Lines inserted before <paramref name="line"/> (the line count: at the end), after any inserted there before.</summary>
    public void InsertBefore(int line, IEnumerable<string> lines)
    {
        Check(line, Document.Lines.Count);
        if (!_insertedBefore.TryGetValue(line, out var inserted))
        {
            _insertedBefore[line] = inserted = new List<string>();
        }

        inserted.AddRange(lines);
    }

    /// <summary>Every line of the result beside every line of the file, marked kept, removed or added: the diff to show and the text to write.</summary>
    public IReadOnlyList<DiffLine> Compare()
    {
        var lines = Document.Lines;
        var newLine = Document.NewLine;
        var result = new List<DiffLine>();
        for (var i = 0; i <= lines.Count; i++)
        {
            if (_insertedBefore.TryGetValue(i, out var inserted))
            {
                result.AddRange(inserted.Select(content => new DiffLine(DiffLineKind.Added, content, newLine)));
            }

            if (i == lines.Count)
            {
                break;
            }

            var line = lines[i];
            if (_deleted.Contains(i) || (_replaced.TryGetValue(i, out var replacement) && replacement != line.Content))
            {
                result.Add(new DiffLine(DiffLineKind.Removed, line.Content, line.Ending));
            }

            if (!_deleted.Contains(i))
            {
                var kept = _replaced.TryGetValue(i, out var content) && content != line.Content;
                result.Add(new DiffLine(kept ? DiffLineKind.Added : DiffLineKind.Kept, kept ? content! : line.Content, line.Ending));
            }
        }

        return KeepFinalLineBreak(result, Document.EndsWithNewLine, newLine);
    }

    public TextDocument Apply()
    {
        var text = new StringBuilder(Document.Text.Length);
        foreach (var line in Compare().Where(line => line.Kind != DiffLineKind.Removed))
        {
            text.Append(line.Content).Append(line.Ending);
        }

        return Document.WithText(text.ToString());
    }

    /// <summary>
    /// Every line of the result but the last ends with a line break, and the last one as the file's
    /// last did. A kept line whose ending changes (the old last line, when lines are added after it)
    /// shows as removed and added, as <c>diff</c> shows it.
    /// </summary>
    private static List<DiffLine> KeepFinalLineBreak(List<DiffLine> lines, bool endsWithNewLine, string newLine)
    {
        var resultIndexes = Enumerable.Range(0, lines.Count).Where(index => lines[index].Kind != DiffLineKind.Removed).ToList();
        for (var r = 0; r < resultIndexes.Count; r++)
        {
            var index = resultIndexes[r];
            var line = lines[index];
            var isLast = r == resultIndexes.Count - 1;
            var ending = isLast && !endsWithNewLine ? string.Empty : line.Ending.Length > 0 ? line.Ending : newLine;
            if (ending == line.Ending)
            {
                continue;
            }

            if (line.Kind == DiffLineKind.Kept)
            {
                lines[index] = line with { Kind = DiffLineKind.Removed };
                lines.Insert(index + 1, new DiffLine(DiffLineKind.Added, line.Content, ending));
                resultIndexes = resultIndexes.Select(other => other > index ? other + 1 : other).ToList();
                resultIndexes[r] = index + 1;
            }
            else
            {
                lines[index] = line with { Ending = ending };
            }
        }

        return lines;
    }

    private static void Check(int line, int last)
    {
        if (line < 0 || line > last)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "No such line in the file.");
        }
    }
}

internal enum DiffLineKind
{
    Kept,
    Removed,
    Added,
}

/// <summary>A line of a comparison: kept, removed from the file or added to it, with its line ending (empty for a last line without one).</summary>
internal readonly record struct DiffLine(DiffLineKind Kind, string Content, string Ending);
