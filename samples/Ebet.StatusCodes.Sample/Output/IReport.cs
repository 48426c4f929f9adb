using System.Collections.Generic;
using Ebet.StatusCodes.Sample.Catalogs;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>
/// What the sample shows, apart from where it goes: a terminal gets tables fitted to its width and
/// colour (<see cref="TerminalReport"/>); a pipe or a file gets plain lines that grep and cut can
/// read (<see cref="PlainReport"/>).
/// </summary>
internal interface IReport
{
    /// <summary>Starts a section, after a blank line.</summary>
    void Section(string title);

    /// <summary>A paragraph, <paramref name="indent"/> cells from the left (wrapped lines keep the indent on a terminal).</summary>
    void Text(string text, int indent = 0);

    /// <summary>Rows of a label and a value, aligned: one code explained, the legend of the classes.</summary>
    void Details(IReadOnlyList<Detail> details, int indent = 2);

    /// <summary>A list of short items, such as "410 InvalidToken", none of which is broken across lines.</summary>
    void Items(IReadOnlyList<string> items, int indent = 2);

    /// <summary>Every code of <paramref name="catalog"/>, one row each.</summary>
    void Codes(Catalog catalog);

    void BlankLine();
}

/// <summary>A piece of text, coloured as its class where the output has colour.</summary>
internal readonly record struct Styled(string Text, EbetStatusCodeClass? Class = null);

/// <summary>One row of <see cref="IReport.Details"/>.</summary>
internal readonly record struct Detail(Styled Label, Styled Value)
{
    public Detail(string label, string value, EbetStatusCodeClass? valueClass = null)
        : this(new Styled(label), new Styled(value, valueClass))
    {
    }
}
