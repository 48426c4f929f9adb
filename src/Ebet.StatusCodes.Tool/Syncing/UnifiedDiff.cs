using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// A comparison written as <c>diff -u</c> and <c>git diff</c> write it: file headers, then hunks of
/// changed lines with up to three kept lines around them, and <c>\ No newline at end of file</c>
/// after a last line without a line break. Lines are written with <c>\n</c>, whatever the file's
/// endings: a CR would be invisible in a terminal and garble a patch.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <param name="oldName">The old file's name, or null for a file the edit creates (<c>/dev/null</c>).</param>
    /// <param name="newName">The file's name: relative ones get git's <c>a/</c> and <c>b/</c> prefixes, absolute ones are written as they are.</param>
    public static string Write(string? oldName, string newName, IReadOnlyList<DiffLine> lines)
    {
        lines = RemovedFirst(lines);
        var text = new StringBuilder();
        text.Append("--- ").Append(oldName is null ? "/dev/null" : Prefixed("a/", oldName)).Append('\n');
        text.Append("+++ ").Append(Prefixed("b/", newName)).Append('\n');
        var index = 0;
        while (NextChange(lines, index) is var change && change >= 0)
        {
            var start = change;
            for (var kept = 0; start > 0 && lines[start - 1].Kind == DiffLineKind.Kept && kept < Context && start > index; kept++)
            {
                start--;
            }

            var end = EndOfHunk(lines, change);
            WriteHunk(text, lines, start, end);
            index = end;
        }

        return text.ToString();
    }

    private static string Prefixed(string prefix, string name) => System.IO.Path.IsPathRooted(name) ? name : prefix + name;

    /// <summary>Within each run of changed lines, the removed ones first, as diff and git show a replaced block.</summary>
    private static List<DiffLine> RemovedFirst(IReadOnlyList<DiffLine> lines)
    {
        var ordered = new List<DiffLine>(lines.Count);
        var added = new List<DiffLine>();
        foreach (var line in lines)
        {
            if (line.Kind == DiffLineKind.Added)
            {
                added.Add(line);
                continue;
            }

            if (line.Kind == DiffLineKind.Kept)
            {
                ordered.AddRange(added);
                added.Clear();
            }

            ordered.Add(line);
        }

        ordered.AddRange(added);
        return ordered;
    }

    private static int NextChange(IReadOnlyList<DiffLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffLineKind.Kept)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the hunk that starts with a change ends: after the last change whose context would touch the next one's.</summary>
    private static int EndOfHunk(IReadOnlyList<DiffLine> lines, int change)
    {
        var end = change;
        while (true)
        {
            while (end < lines.Count && lines[end].Kind != DiffLineKind.Kept)
            {
                end++;
            }

            var next = NextChange(lines, end);
            if (next < 0 || next - end > 2 * Context)
            {
                return next < 0 ? System.Math.Min(lines.Count, end + Context) : end + Context;
            }

            end = next;
        }
    }

    private static void WriteHunk(StringBuilder text, IReadOnlyList<DiffLine> lines, int start, int end)
    {
        var (oldStart, newStart) = (1, 1);
        for (var i = 0; i < start; i++)
        {
            oldStart += lines[i].Kind != DiffLineKind.Added ? 1 : 0;
            newStart += lines[i].Kind != DiffLineKind.Removed ? 1 : 0;
        }

        var (oldCount, newCount) = (0, 0);
        for (var i = start; i < end; i++)
        {
            oldCount += lines[i].Kind != DiffLineKind.Added ? 1 : 0;
            newCount += lines[i].Kind != DiffLineKind.Removed ? 1 : 0;
        }

        // An empty side is numbered by the line before it, as diff does.
        text.Append(CultureInfo.InvariantCulture, $"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n");
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            text.Append(line.Kind switch { DiffLineKind.Added => '+', DiffLineKind.Removed => '-', _ => ' ' }).Append(line.Content).Append('\n');
            if (line.Ending.Length == 0)
            {
                text.Append("\\ No newline at end of file\n");
            }
        }
    }
}
