using System;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Checking;

/// <summary>
/// <c>check</c>: the diagnostics a build of these files gives, in MSBuild's format on standard output
/// (file order, then line), a count on standard error; the exit code says whether there are errors.
/// </summary>
internal static class CheckRun
{
    /// <param name="withInfo">Also print informational diagnostics, which a build shows only in a detailed log.</param>
    /// <param name="warningsAsErrors">Warnings fail the check, as <c>dotnet build -warnaserror</c> does.</param>
    public static int Run(CatalogInputs inputs, bool withInfo, bool warningsAsErrors, ToolConsole console, CancellationToken cancellationToken)
    {
        var run = GeneratorPipeline.Run(inputs, cancellationToken);
        var lowest = withInfo ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
        var shown = run.Diagnostics
            .Where(diagnostic => diagnostic.Severity >= lowest)
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var diagnostic in shown)
        {
            console.Out.WriteLine(MsBuildFormat.Line(diagnostic));
        }

        var errors = run.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = run.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
        var catalogs = run.Catalogs.Count(result => result.Spec is not null);
        console.Error.WriteLine(catalogs == 0 && errors == 0
            ? "statuscodes check: no status-code page found."
            : $"statuscodes check: {Count(catalogs, "catalog")}, {Count(errors, "error")}, {Count(warnings, "warning")}.");
        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.Found : ExitCodes.Success;
    }

    private static string Count(int count, string noun) => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
