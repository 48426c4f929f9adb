using System;
using System.Text;
using System.Threading;
using Ebet.StatusCodes.Sample;
using Ebet.StatusCodes.Sample.Output;

// dotnet run --project samples/Ebet.StatusCodes.Sample            the codes and an integration walk-through
// dotnet run --project samples/Ebet.StatusCodes.Sample -- --help  everything else
Console.OutputEncoding = Encoding.UTF8;
return await SampleCommandLine.RunAsync(args, SampleConsole.ForProcess(), CancellationToken.None);
