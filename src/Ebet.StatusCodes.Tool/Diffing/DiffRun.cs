using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Inputs;
using Ebet.StatusCodes.Tool.Output;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>How a diff is written.</summary>
internal enum DiffFormat
{
    /// <summary>Tables fitted to the terminal; tab-separated records when the output is redirected.</summary>
    Text,

    /// <summary>JSON, for scripts.</summary>
    Json,

    /// <summary>Markdown, for a pull request's description.</summary>
    Markdown,
}

/// <summary><c>diff OLD NEW</c>: both pages read, compared, written; exit 1 when anything changed, so CI can fail on it.</summary>
internal static class DiffRun
{
    public static async Task<int> RunAsync(string oldSource, string newSource, DiffFormat format, CatalogSettings settings, ToolConsole console, HttpClient http, CancellationToken cancellationToken)
    {
        var oldPage = await PageSource.ReadAsync(oldSource, http, cancellationToken).ConfigureAwait(false);
        var newPage = await PageSource.ReadAsync(newSource, http, cancellationToken).ConfigureAwait(false);
        var diff = PageDiffer.Compare(
            DisplayPath.Of(oldPage.Path),
            DiffPageReader.Read(oldPage, settings, console.Error, cancellationToken),
            DisplayPath.Of(newPage.Path),
            DiffPageReader.Read(newPage, settings, console.Error, cancellationToken));
        switch (format)
        {
            case DiffFormat.Json:
                DiffJsonWriter.Write(diff, console.Out);
                break;
            case DiffFormat.Markdown:
                DiffMarkdownWriter.Write(diff, console.Out);
                break;
            case DiffFormat.Text when console.Terminal is { } terminal:
                DiffTerminalWriter.Write(diff, terminal);
                break;
            default:
                DiffPlainWriter.Write(diff, console.Out);
                break;
        }

        return diff.HasChanges ? ExitCodes.Found : ExitCodes.Success;
    }
}
