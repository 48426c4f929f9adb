using System.Globalization;
using Ebet.StatusCodes.Tool.Output;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Checking;

/// <summary>
/// A diagnostic as MSBuild prints it, which editors, CI log parsers and problem matchers read:
/// <c>path(line,column): warning EBSC014: message</c>, line and column counted from 1.
/// </summary>
internal static class MsBuildFormat
{
    public static string Line(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        var text = $"{severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            // As MSBuild writes a tool's message that has no file.
            return "statuscodes : " + text;
        }

        var span = diagnostic.Location.GetLineSpan();
        var line = span.StartLinePosition.Line + 1;
        var column = span.StartLinePosition.Character + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{DisplayPath.Of(span.Path)}({line},{column}): {text}");
    }
}
