using System;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// A cell or a heading that cannot be read as GitHub shows it: Markdig refused it (nested beyond its
/// depth limit), or it holds more markdown than is read (<see cref="InlineOnlyParser.LongestMarkdown"/>).
/// The file is then not read at all, and the diagnostic (EBSC045) points at the cell.
/// </summary>
internal sealed class UnreadableMarkdownException : Exception
{
    public UnreadableMarkdownException(FileLocation location, Exception inner)
        : base(inner.Message, inner)
    {
        Location = location;
    }

    public UnreadableMarkdownException()
    {
    }

    public UnreadableMarkdownException(string message)
        : base(message)
    {
    }

    public UnreadableMarkdownException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public FileLocation Location { get; }

    /// <summary>EBSC045 at the cell: what could not be read, and that the file is not generated.</summary>
    public EquatableArray<DiagnosticInfo> ToDiagnostics()
        => new(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableMarkdown, Location, Message, System.IO.Path.GetFileName(Location.Path)) });
}
