using System.Linq;
using Ebet.StatusCodes.Benchmarks;
using Ebet.StatusCodes.Benchmarks.Shared;

// dotnet run -c Release -- [--quick] [BenchmarkDotNet arguments]   the benchmarks (all of them without --filter)
// dotnet run -c Release -- --verify                                 every alternative answers as the library does
// dotnet run -c Release -- --write-resx DIRECTORY                   (re)writes the .resx alternative from the library
if (args.Length > 0 && args[0] == "--verify")
{
    return Verification.Run();
}

if (args.Length > 1 && args[0] == "--write-resx")
{
    return ResxWriter.Write(args[1]);
}

if (args.Contains("--quick") && Verification.Run() != 0)
{
    // A quick check that measures alternatives which answer differently would mislead.
    return 1;
}

return BenchmarkEntry.Run(typeof(Verification).Assembly, args);
