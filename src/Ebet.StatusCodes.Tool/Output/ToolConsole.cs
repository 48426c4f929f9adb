using System;
using System.IO;
using Spectre.Console;

namespace Ebet.StatusCodes.Tool.Output;

/// <summary>
/// Where a command writes: standard output (a terminal, or a pipe or file) and standard error. On a
/// terminal, reports are laid out by Spectre.Console to its width (measured in terminal cells: a
/// Chinese character takes two); redirected, they are plain lines that grep and cut can read.
/// </summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: messages about bad input, and summaries that would spoil parseable output.</param>
/// <param name="Terminal">The terminal standard output is, or null when it is redirected.</param>
internal sealed record ToolConsole(TextWriter Out, TextWriter Error, IAnsiConsole? Terminal)
{
    /// <summary>The terminal's width in cells, or null when the output is redirected (no wrapping then).</summary>
    public int? Width => Terminal?.Profile.Width;

    /// <summary>The process's own console: a terminal when standard output is one, plain lines when it is redirected.</summary>
    public static ToolConsole ForProcess()
        => Console.IsOutputRedirected
            ? Plain(Console.Out, Console.Error)
            : ForTerminal(Console.Out, Console.Error, width: null, AnsiSupport.Detect, NoColour(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>NO_COLOR (no-color.org): no colour when it is set and not empty.</summary>
    public static bool NoColour(string? variable) => !string.IsNullOrEmpty(variable);

    public static ToolConsole Plain(TextWriter output, TextWriter error) => new(output, error, null);

    /// <param name="output">The terminal.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="width">A fixed width (tests); null for the terminal's own.</param>
    /// <param name="ansi">Whether escape sequences may be written.</param>
    /// <param name="noColour">True for no colour at all.</param>
    public static ToolConsole ForTerminal(TextWriter output, TextWriter error, int? width, AnsiSupport ansi, bool noColour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi,
            ColorSystem = noColour ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (width is { } fixedWidth)
        {
            console.Profile.Width = fixedWidth;
        }

        return new ToolConsole(output, error, console);
    }
}
