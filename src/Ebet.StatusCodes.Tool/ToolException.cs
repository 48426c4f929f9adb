using System;

namespace Ebet.StatusCodes.Tool;

/// <summary>
/// A problem with what the tool was given (a missing file, a page without a table, a URL that
/// answers 404): its message is for the person who ran the command, printed without a stack trace,
/// and the command ends with <see cref="ExitCodes.Error"/>.
/// </summary>
internal sealed class ToolException : Exception
{
    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ToolException()
    {
    }
}
