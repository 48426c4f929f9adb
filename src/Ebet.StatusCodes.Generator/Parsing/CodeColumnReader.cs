using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// Reads the code cell of each row of one table, the vendor's or ours: an integer, within
/// <c>int</c>, not seen before in the table. Anything else is reported at the cell and the row
/// is left out.
/// </summary>
internal sealed class CodeColumnReader
{
    private readonly Dictionary<int, int> _firstLineOfCode = new();
    private readonly DiagnosticBag _diagnostics;
    private readonly DiagnosticBag _notIntegers;

    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="notIntegers">Where cells that are not integers go, when the caller decides later
    /// how to report them (a table of text codes is one problem, not one per row); else <paramref name="diagnostics"/>.</param>
    public CodeColumnReader(DiagnosticBag diagnostics, DiagnosticBag? notIntegers = null)
    {
        _diagnostics = diagnostics;
        _notIntegers = notIntegers ?? diagnostics;
    }

    /// <summary>The first non-empty cell that was not an integer, if any.</summary>
    public TableCell? FirstTextCode { get; private set; }

    /// <summary>How many cells held an integer (in range or not, repeated or not).</summary>
    public int IntegerCount { get; private set; }

    public bool TryRead(TableCell cell, out int code)
    {
        switch (StatusCodeText.TryParse(cell.Text, out code))
        {
            case StatusCodeText.Result.NotInteger:
                if (cell.Text.Length > 0 && FirstTextCode is null)
                {
                    FirstTextCode = cell;
                }

                _notIntegers.Add(DiagnosticDescriptors.CodeNotInteger, cell.Location, cell.Text, DiagnosticDescriptors.CodeNotIntegerFix(StatusCodeText.ShapeOf(cell.Text)));
                return false;
            case StatusCodeText.Result.OutOfRange:
                IntegerCount++;
                _diagnostics.Add(DiagnosticDescriptors.CodeOutOfRange, cell.Location, cell.Text, int.MinValue, int.MaxValue);
                return false;
        }

        IntegerCount++;
        if (_firstLineOfCode.TryGetValue(code, out var firstLine))
        {
            _diagnostics.Add(DiagnosticDescriptors.DuplicateCode, cell.Location, code, firstLine + 1);
            return false;
        }

        _firstLineOfCode.Add(code, cell.Location.StartLine);
        return true;
    }
}
