using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Parsing;
using Ebet.StatusCodes.Tool.Documents;

namespace Ebet.StatusCodes.Tool.Syncing;

/// <summary>
/// An overlay or culture file being synchronised: the text the generator read, its tables as the
/// generator's markdown reader finds them, the edits planned for it, and what they do in words.
/// </summary>
internal sealed class SideDocument
{
    public const string StaleHeading = "## Rows for codes the page no longer lists";

    private readonly IReadOnlyList<MarkdownTable> _tables;
    private readonly Dictionary<int, TableEditor> _editors = new();
    private readonly List<(string Catalog, string Row)> _staleRows = new();
    private readonly List<string> _appended = new();

    private SideDocument(TextDocument original, IReadOnlyList<MarkdownTable> tables, bool isNew)
    {
        Original = original;
        Edits = new LineEdits(original);
        _tables = tables;
        IsNew = isNew;
    }

    public TextDocument Original { get; }

    /// <summary>True for a file that sync creates (an overlay the page did not have).</summary>
    public bool IsNew { get; }

    public LineEdits Edits { get; }

    /// <summary>What the edits do, row by row, for the summary.</summary>
    public List<SyncChange> Changes { get; } = new();

    public static SideDocument Open(TextDocument document, CancellationToken cancellationToken)
        => new(document, MarkdownFile.Read(document.Path, document.Text, cancellationToken).Tables, isNew: false);

    /// <summary>A file that does not exist yet, to be written with LF line endings.</summary>
    public static SideDocument Create(string path)
        => new(new TextDocument(path, string.Empty, HasBom: false), new List<MarkdownTable>(), isNew: true);

    /// <summary>The editor of the table whose header is at <paramref name="header"/> (a section's location).</summary>
    public TableEditor EditorAt(FileLocation header)
    {
        var line = header.StartLine;
        if (!_editors.TryGetValue(line, out var editor))
        {
            var table = _tables.FirstOrDefault(candidate => candidate.Location.StartLine == line)
                ?? throw new ToolException($"{Output.DisplayPath.Of(Original.Path)}({line + 1}): no table found where the generator read one.");
            _editors[line] = editor = new TableEditor(Edits, table);
        }

        return editor;
    }

    /// <summary>The editor of the table that holds the row on <paramref name="line"/> (a section may read several tables).</summary>
    public TableEditor EditorForRow(int line)
    {
        var table = _tables.FirstOrDefault(candidate => candidate.Rows.Any(row => row.Location.StartLine == line))
            ?? throw new ToolException($"{Output.DisplayPath.Of(Original.Path)}({line + 1}): no table row found where the generator read one.");
        return EditorAt(table.Location);
    }

    /// <summary>A row deleted; with <paramref name="keep"/>, its text kept at the end of the file, out of any table, for review.</summary>
    public void RemoveRow(int line, string catalog, bool keep)
    {
        Edits.Delete(line);
        if (keep)
        {
            _staleRows.Add((catalog, Original.Lines[line].Content));
        }
    }

    /// <summary>Lines added at the end of the file, after a blank line.</summary>
    public void Append(IEnumerable<string> lines)
    {
        if (_appended.Count > 0 || (Original.Lines.Count > 0 && Original.Lines[^1].Content.Trim().Length > 0))
        {
            _appended.Add(string.Empty);
        }

        _appended.AddRange(lines);
    }

    /// <summary>The file as it will be.</summary>
    public TextDocument Result()
    {
        foreach (var editor in _editors.Values)
        {
            editor.Flush();
        }

        if (_staleRows.Count > 0)
        {
            AppendStaleRows();
        }

        Edits.InsertBefore(Original.Lines.Count, _appended);
        _appended.Clear();
        return Edits.Apply();
    }

    public bool HasEdits => Changes.Count > 0;

    /// <summary>
    /// The rows of codes the page dropped, in a code block under a heading: the generator reads no
    /// table in a code block, so the build stays clean and nothing of the rows (names, notes) is lost.
    /// </summary>
    private void AppendStaleRows()
    {
        var lines = new List<string>();
        if (!Original.Lines.Any(line => line.Content == StaleHeading))
        {
            lines.AddRange(new[]
            {
                StaleHeading,
                string.Empty,
                "Kept by `statuscodes sync --keep-stale` for review, in code blocks, which the generator does not read. Delete them once reviewed.",
            });
        }

        foreach (var group in _staleRows.GroupBy(row => row.Catalog))
        {
            lines.AddRange(new[] { string.Empty, $"`{group.Key}`:", string.Empty, "```text" });
            lines.AddRange(group.Select(row => row.Row));
            lines.Add("```");
        }

        Append(lines);
        _staleRows.Clear();
    }
}

/// <summary>What sync does to one row, for its summary: <c>+</c> added, <c>-</c> removed, <c>~</c> changed.</summary>
internal sealed record SyncChange(char Kind, int Code, string Description);
