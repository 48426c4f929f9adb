using System;
using System.IO;
using Spectre.Console;

namespace Ebet.StatusCodes.Sample.Output;

/// <summary>
/// Where the sample writes: the report (a terminal's or a pipe's), the raw standard output that
/// help and tab-separated values go to, and standard error.
/// </summary>
/// <param name="Report">The report for the codes, the explanations and the walk-through.</param>
/// <param name="Out">Standard output, for what the command-line library and the TSV writer write.</param>
/// <param name="Error">Standard error: messages about bad input.</param>
/// <param name="Width">The terminal's width in cells; null when the output is not a terminal (no wrapping then).</param>
internal sealed record SampleConsole(IReport Report, TextWriter Out, TextWriter Error, int? Width)
{
    /// <summary>The process's own console: a terminal report on a terminal, a plain one when redirected.</summary>
    public static SampleConsole ForProcess()
        => Console.IsOutputRedirected
            ? Plain(Console.Out, Console.Error)
            : Terminal(Console.Out, Console.Error, width: null, AnsiSupport.Detect, NoColour(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>
    /// NO_COLOR (no-color.org) asks for no colour when it is set and not empty. Read here rather
    /// than left to Spectre.Console's detection, so that the rule is the sample's and is tested.
    /// </summary>
    public static bool NoColour(string? variable) => !string.IsNullOrEmpty(variable);

    public static SampleConsole Plain(TextWriter output, TextWriter error) => new(new PlainReport(output), output, error, null);

    /// <param name="output">The terminal.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="width">A fixed width (tests); null for the terminal's own.</param>
    /// <param name="ansi">Whether escape sequences may be written; Spectre.Console detects it from the terminal by default.</param>
    /// <param name="noColour">True for no colour at all; otherwise Spectre.Console detects what the terminal has.</param>
    public static SampleConsole Terminal(TextWriter output, TextWriter error, int? width, AnsiSupport ansi, bool noColour)
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

        return new SampleConsole(new TerminalReport(console), output, error, console.Profile.Width);
    }
}
