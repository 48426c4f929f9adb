using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// The characters [<see cref="Start"/>, <see cref="End"/>) of one line of <see cref="Text"/>, which is
/// normally the whole file, so that offsets are file offsets. When Markdig had to copy a line (a
/// tab inside a container), <see cref="Text"/> is the copy and <see cref="FileOffset"/> maps its
/// offsets back to the file (approximately: the line's start).
/// </summary>
internal readonly record struct SourceLine(string Text, int Start, int End, int FileOffset = 0)
{
    public override string ToString() => Text.Substring(Start, End - Start);

    /// <summary>Where the line is in the file.</summary>
    public FileLocation SpanIn(LineMap map) => SpanIn(map, Start, End);

    /// <summary>Where the characters [<paramref name="start"/>, <paramref name="end"/>) of <see cref="Text"/> are in the file.</summary>
    public FileLocation SpanIn(LineMap map, int start, int end) => map.Span(start + FileOffset, end + FileOffset);
}
