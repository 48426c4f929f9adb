using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Tool.Checking;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Showing;

/// <summary>
/// <c>show PAGE [CODE...]</c>: each enum of the page as the generator builds it (code, member, class,
/// the message in each culture), all codes or those asked for; the build's errors about the page on
/// standard error, since the rows they report are not in the enum.
/// </summary>
internal static class ShowRun
{
    public static int Run(CatalogInputs inputs, string pagePath, IReadOnlyList<int> codes, ToolConsole console, CancellationToken cancellationToken)
    {
        var page = Path.GetFullPath(pagePath);
        var run = GeneratorPipeline.Run(inputs, cancellationToken);
        var catalogs = BoundCatalog.OfPage(run, page).Select(catalog => CatalogRows.Of(catalog, codes)).Where(catalog => codes.Count == 0 || catalog.Codes.Count > 0).ToList();
        foreach (var error in PageFiles.Diagnostics(run.Diagnostics, page).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            console.Error.WriteLine("note: " + MsBuildFormat.Line(error));
        }

        if (catalogs.Count > 0 && console.Terminal is { } terminal)
        {
            CatalogTerminalWriter.Write(catalogs, terminal);
        }
        else if (catalogs.Count > 0)
        {
            CatalogTsvWriter.Write(catalogs, console.Out);
        }

        var missing = codes.Where(code => !catalogs.Any(catalog => catalog.Codes.Any(listed => listed.Value == code))).ToList();
        foreach (var code in missing)
        {
            console.Error.WriteLine($"{code.ToString(System.Globalization.CultureInfo.InvariantCulture)}: no enum of {DisplayPath.Of(page)} lists it.");
        }

        return missing.Count > 0 ? ExitCodes.Found : ExitCodes.Success;
    }
}
