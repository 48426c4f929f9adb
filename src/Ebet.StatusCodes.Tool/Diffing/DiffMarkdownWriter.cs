using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>A diff as markdown for a pull request's description: a heading and a table of changes per table that changed.</summary>
internal static class DiffMarkdownWriter
{
    public static void Write(PageDiff diff, TextWriter output)
    {
        output.WriteLine($"## Status page changes: `{diff.Old}` → `{diff.New}`");
        output.WriteLine();
        var changed = diff.Tables.Where(table => table.HasChanges).ToList();
        if (changed.Count == 0)
        {
            output.WriteLine("No change: the same status tables with the same codes and texts.");
            return;
        }

        foreach (var table in changed)
        {
            output.WriteLine($"### {Cell(table.Label)}: {Summary(table)}");
            output.WriteLine();
            output.WriteLine("| change | code | old | new |");
            output.WriteLine("| --- | ---: | --- | --- |");
            foreach (var record in DiffRecord.Of(table))
            {
                output.WriteLine($"| {record.Change} | {record.CodeText} | {Cell(record.Old)} | {Cell(record.New)} |");
            }

            output.WriteLine();
        }
    }

    /// <summary>What happened to a table, in words: <c>table added; 2 codes added, 1 code reworded; heading changed</c>.</summary>
    public static string Summary(TableDiff table)
    {
        var codes = string.Join(", ", new[] { CodeChangeKind.Added, CodeChangeKind.Removed, CodeChangeKind.Reworded }
            .Select(kind => (Kind: kind, Count: table.CodeChanges.Count(change => change.Kind == kind)))
            .Where(part => part.Count > 0)
            .Select(part => string.Create(CultureInfo.InvariantCulture, $"{part.Count} {(part.Count == 1 ? "code" : "codes")} {part.Kind.ToString().ToLowerInvariant()}")));
        var status = table.Status switch
        {
            TableStatus.Added => "table added",
            TableStatus.Removed => "table removed",
            _ => string.Empty,
        };
        return string.Join("; ", new[] { status, codes }.Concat(table.FormatChanges.Select(change => change.Aspect.ToString().ToLowerInvariant() + " changed")).Where(part => part.Length > 0));
    }

    /// <summary>
    /// Text safe in a markdown table cell: pipes, backslashes and what could start markup escaped;
    /// an underscore inside a word (<c>bacc_bet_success</c>) never is emphasis and is left alone.
    /// </summary>
    private static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inWord = i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            if (c is '|' or '\\' or '*' or '`' or '<' or '>' or '[' or ']' or '&' || (c == '_' && !inWord))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
