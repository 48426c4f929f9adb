using System;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using Ebet.StatusCodes;
using Ebet.StatusCodes.Sample;

// Run with no argument for the whole catalog and the integration walk-through;
// run with a code (dotnet run --project samples/Ebet.StatusCodes.Sample -- 4026) to explain one code.
Console.OutputEncoding = Encoding.UTF8;

if (args.Length > 0)
{
    return CodeExplainer.Explain(args[0]);
}

CatalogTable.Print();
Console.WriteLine();
await IntegrationWalkthrough.RunAsync();
return 0;
