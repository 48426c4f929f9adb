using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Finds a table's code, description, name and message columns. A title the item names wins; else
/// the known titles. When several columns have a known title, the choice follows a rule and is
/// reported: for the code, the column with the most integer cells, then an unambiguous title
/// (<c>Code</c> over <c>Status</c>); for the description, the column titled in the page's culture,
/// then the one without empty cells. What no rule decides, the leftmost takes, with a warning.
/// </summary>
internal static class ColumnChooser
{
    public static TableColumns Choose(MarkdownTable table, PageRequest request, DiagnosticBag diagnostics)
    {
        var header = table.Header;
        var messages = request.MessageColumns.Select(column => ColumnTitles.Find(header, Array.Empty<string>(), column.Title)).ToArray();
        var code = ChooseCode(table, request, diagnostics);
        var description = ChooseDescription(table, request, code, messages, diagnostics);
        var name = ColumnTitles.Find(header, ColumnTitles.VendorName, request.Columns.Name);
        return new TableColumns(code, description, name == code || name == description ? -1 : name, messages);
    }

    private static int ChooseCode(MarkdownTable table, PageRequest request, DiagnosticBag diagnostics)
    {
        var named = ColumnTitles.Find(table.Header, Array.Empty<string>(), request.Columns.Code);
        if (named >= 0)
        {
            return named;
        }

        var candidates = Candidates(table, ColumnTitles.Code);
        var choice = new Choice(table, candidates)
            .Prefer(column => IntegerCells(table, column), DiagnosticDescriptors.ColumnChoiceReason.MostIntegers)
            .Prefer(column => ColumnTitles.IsWeakCodeTitle(table.Header[column].Text) ? 0 : 1, DiagnosticDescriptors.ColumnChoiceReason.ClearTitle);
        choice.Report(DiagnosticDescriptors.ColumnChoiceParts.Code, CatalogMetadata.CodeColumn, diagnostics);
        return choice.Column;
    }

    private static int ChooseDescription(MarkdownTable table, PageRequest request, int code, int[] messages, DiagnosticBag diagnostics)
    {
        var named = ColumnTitles.Find(table.Header, Array.Empty<string>(), request.Columns.Description);
        if (named >= 0)
        {
            return named;
        }

        var candidates = Candidates(table, ColumnTitles.Description).Where(column => column != code && !messages.Contains(column)).ToList();
        var pageCulture = request.Catalogs.IsEmpty ? string.Empty : request.Catalogs[0].PageCulture;
        var choice = new Choice(table, candidates);
        if (pageCulture.Length > 0)
        {
            var chinese = Naming.CultureTag.Language(pageCulture) == "zh";
            choice = choice.Prefer(
                column => ColumnTitles.IsChineseDescriptionTitle(table.Header[column].Text) == chinese ? 1 : 0,
                DiagnosticDescriptors.ColumnChoiceReason.PageCulture(pageCulture));
        }

        choice = choice.Prefer(column => -EmptyCells(table, column), DiagnosticDescriptors.ColumnChoiceReason.NoEmptyCells);
        choice.Report(DiagnosticDescriptors.ColumnChoiceParts.Description, CatalogMetadata.DescriptionColumn, diagnostics);
        return choice.Column;
    }

    private static List<int> Candidates(MarkdownTable table, IReadOnlyList<string> titles)
    {
        var candidates = new List<int>(2);
        for (var column = 0; column < table.Header.Count; column++)
        {
            if (ColumnTitles.IsOneOf(table.Header[column].Text, titles))
            {
                candidates.Add(column);
            }
        }

        return candidates;
    }

    private static int IntegerCells(MarkdownTable table, int column)
        => table.Rows.Count(row => StatusCodeText.TryParse(row.CellAt(column).Text, out _) == StatusCodeText.Result.Ok);

    private static int EmptyCells(MarkdownTable table, int column) => table.Rows.Count(row => row.CellAt(column).Text.Length == 0);

    /// <summary>Candidates narrowed rule by rule; remembers the rule that left one, if one did.</summary>
    private sealed class Choice
    {
        private readonly MarkdownTable _table;
        private readonly List<int> _all;
        private readonly List<int> _left;
        private readonly string? _reason;

        public Choice(MarkdownTable table, List<int> candidates)
            : this(table, candidates, candidates, null)
        {
        }

        private Choice(MarkdownTable table, List<int> all, List<int> left, string? reason)
        {
            _table = table;
            _all = all;
            _left = left;
            _reason = reason;
        }

        /// <summary>The chosen column (the leftmost of those left), or -1.</summary>
        public int Column => _left.Count == 0 ? -1 : _left[0];

        /// <summary>Keeps the candidates that score highest; the rule is the reason only if one is left.</summary>
        public Choice Prefer(Func<int, int> score, string reason)
        {
            if (_left.Count < 2)
            {
                return this;
            }

            var best = _left.Max(score);
            var left = _left.Where(column => score(column) == best).ToList();
            return new Choice(_table, _all, left, left.Count == 1 ? reason : null);
        }

        public void Report(string role, string metadataName, DiagnosticBag diagnostics)
        {
            if (_all.Count < 2)
            {
                return;
            }

            var titles = string.Join(", ", _all.Select(column => "'" + _table.Header[column].Text + "'"));
            var chosen = _table.Header[Column].Text;
            var tableName = DiagnosticDescriptors.TableName(_table.Heading, _table.Location);
            if (_reason is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.ColumnChosenByRule, _table.Location, tableName, role, titles, chosen, _reason, metadataName);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.ColumnChosenByPosition, _table.Location, tableName, role, titles, chosen, metadataName);
            }
        }
    }
}

/// <summary>Where a status table keeps what the generator reads; -1 for a column it lacks.</summary>
/// <param name="Messages">One per StatusCodeMessageColumns entry.</param>
internal sealed record TableColumns(int Code, int Description, int VendorName, int[] Messages);
