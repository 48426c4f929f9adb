using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ebet.StatusCodes.Sample.Catalogs;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>
/// The report for a pipe or a file: no colour, no box drawing, no wrapping (a pipe has no width);
/// tables as tab-separated rows under a header, so grep finds whole records and cut finds columns.
/// </summary>
internal sealed class PlainReport : IReport
{
    private readonly TextWriter _output;
    private bool _written;

    public PlainReport(TextWriter output) => _output = output;

    public void Section(string title)
    {
        if (_written)
        {
            BlankLine();
        }

        Line(title);
        Line(new string('-', title.Length));
    }

    public void Text(string text, int indent = 0) => Line(new string(' ', indent) + text);

    public void Details(IReadOnlyList<Detail> details, int indent = 2)
    {
        var labelWidth = details.Max(detail => detail.Label.Text.Length);
        foreach (var detail in details)
        {
            Text($"{detail.Label.Text.PadRight(labelWidth)}  {detail.Value.Text}", indent);
        }
    }

    /// <summary>One line: a pipe has no width to wrap at.</summary>
    public void Items(IReadOnlyList<string> items, int indent = 2) => Text(string.Join(", ", items), indent);

    public void Codes(Catalog catalog)
    {
        CatalogTsv.WriteHeader(_output);
        CatalogTsv.WriteRows(_output, catalog);
        _written = true;
    }

    public void BlankLine() => Line(string.Empty);

    private void Line(string text)
    {
        _output.WriteLine(text);
        _written = true;
    }
}
