using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// A place in an input file, kept as plain values: pipeline models must not hold a
/// <see cref="Location"/>, which compares by reference and would defeat caching.
/// Lines and columns are zero-based, as in <see cref="LinePosition"/>.
/// </summary>
internal readonly record struct FileLocation(
    string Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The first character of a file: where a diagnostic about a whole file points.</summary>
    public static FileLocation StartOf(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
