using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Tool.Checking;
using Ebet.StatusCodes.Tool.Documents;
using Ebet.StatusCodes.Tool.Inputs;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Running;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// Reads a page's status tables for a diff with the generator's own page reader (through the
/// pipeline, as a catalog the project names): every status table, whichever an enum would select.
/// </summary>
internal static class DiffPageReader
{
    /// <summary>Any valid name: the diff looks at the page as read, not at an enum built from it.</summary>
    private const string EnumName = "StatusPage";

    /// <param name="notes">Where the page's own errors go (rows the generator leaves out, and so the diff does not see).</param>
    public static IReadOnlyList<PageTable> Read(TextDocument page, CatalogSettings settings, System.IO.TextWriter notes, CancellationToken cancellationToken)
    {
        var metadata = settings.ApplyTo(new Dictionary<string, string> { [CatalogMetadata.Enum] = EnumName });
        var run = GeneratorPipeline.Run(new CatalogInputs(new[] { new CatalogFile(page, metadata) }, new Dictionary<string, string>()), cancellationToken);
        var parsed = run.Pages.Single();

        // From the page as read, every table's rows: a build reports only the rows of the tables its enums select.
        var errors = parsed.Diagnostics.Concat(parsed.Tables.SelectMany(table => table.Diagnostics))
            .Select(info => info.ToDiagnostic())
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (parsed.Tables.IsEmpty)
        {
            throw new ToolException($"{DisplayPath.Of(page.Path)} has no status table:\n" + string.Join("\n", errors.Select(MsBuildFormat.Line)));
        }

        foreach (var error in errors)
        {
            notes.WriteLine("note: not compared: " + MsBuildFormat.Line(error));
        }

        return parsed.Tables.Select(table => PageTable.From(table, page.Text)).ToList();
    }
}
