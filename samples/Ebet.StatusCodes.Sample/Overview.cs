using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;
using Ebet.StatusCodes.Sample.Walkthrough;

namespace Ebet.StatusCodes.Sample;

/// <summary>The run without arguments: what this is, the codes, the walk-through, and what to try next.</summary>
internal static class Overview
{
    public static async Task WriteAsync(IReport report, CancellationToken cancellationToken)
    {
        Introduction(report);
        CatalogSections.Full(report, EbetCatalogs.Responses);
        CatalogSections.Classes(report);
        CatalogSections.ChannelSummary(report, EbetCatalogs.ChannelResponses, EbetCatalogs.Responses);
        CatalogSections.ClientSummary(report, EbetCatalogs.ClientErrors, EbetCatalogs.Responses);
        await IntegrationWalkthrough.RunAsync(report, cancellationToken);
        NextSteps(report);
    }

    private static void Introduction(IReport report)
    {
        var total = EbetCatalogs.All.Sum(catalog => catalog.Entries.Count);
        report.Section("eBET's status codes, as Ebet.StatusCodes generates them");
        report.Text($"The library turns eBET's status-code page (spec/ebet-status-codes.md) into C# at build time: one enum per table of the page, {total} codes in all.");
        report.Details(EbetCatalogs.All.Select(catalog => new Detail(catalog.Name, $"{catalog.Role} ({catalog.Entries.Count} codes)")).ToArray());
        report.Text($"Below: every {EbetCatalogs.Responses.Name}, the other two in brief, then an integration walk-through.");
    }

    private static void NextSteps(IReport report)
    {
        report.Section("What next");
        Step(report, "Explain codes or member names, from any catalog:", "4026 4027 BetTimeOut");
        Step(report, "List a catalog in full (status, channel, client or all):", "--catalog client");
        Step(report, "Every code as tab-separated values, for a spreadsheet or a script:", "--tsv > codes.tsv");
        Step(report, "Every option:", "--help");
    }

    private static void Step(IReport report, string what, string arguments)
    {
        report.Text(what, 2);
        report.Text($"{SampleCommandLine.Invocation} {arguments}", 4);
    }
}
