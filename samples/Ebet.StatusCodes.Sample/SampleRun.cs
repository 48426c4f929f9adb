using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;

namespace Ebet.StatusCodes.Sample;

/// <summary>Runs the part of the sample a parsed command line asks for.</summary>
internal static class SampleRun
{
    public static async Task<int> RunAsync(SampleConsole console, IReadOnlyList<CodeQuery> queries, IReadOnlyList<Catalog> listed, bool tsv, CancellationToken cancellationToken)
    {
        if (tsv)
        {
            CatalogTsv.WriteHeader(console.Out);
            foreach (var catalog in listed.Count > 0 ? listed : EbetCatalogs.All)
            {
                CatalogTsv.WriteRows(console.Out, catalog);
            }

            return 0;
        }

        if (queries.Count == 0 && listed.Count == 0)
        {
            await Overview.WriteAsync(console.Report, cancellationToken);
            return 0;
        }

        foreach (var query in queries)
        {
            CodeExplainer.Explain(console.Report, query, EbetCatalogs.Responses);
        }

        foreach (var catalog in listed)
        {
            CatalogSections.Full(console.Report, catalog);
        }

        if (listed.Any(catalog => catalog.HasClasses))
        {
            CatalogSections.Classes(console.Report);
        }

        return 0;
    }
}
