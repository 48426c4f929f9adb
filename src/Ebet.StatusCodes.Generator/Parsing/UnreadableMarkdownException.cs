using System;
using Ebet.StatusCodes.Generator.Diagnostics;
using Ebet.StatusCodes.Generator.Model;

namespace Ebet.StatusCodes.Generator.Parsing;

/// <summary>
/// A cell or a heading that cannot be read as GitHub shows it: Markdig refused it (nested beyond its
/// depth limit), or it holds more markdown than is read (<see cref="InlineOnlyParser.LongestMarkdown"/>).
/// The file is then not read at all, as for any failure, but the diagnostic points at the cell
/// instead of the file's first line.
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

    /// <summary>The generator's failure diagnostic (EBSC099), at the cell.</summary>
    public EquatableArray<DiagnosticInfo> ToDiagnostics()
        => new(new[]
        {
            DiagnosticInfo.Create(
                DiagnosticDescriptors.UnexpectedFailure,
                Location,
                System.IO.Path.GetFileName(Location.Path),
                InnerException?.GetType().Name ?? nameof(ArgumentException),
                Message),
        });
}
