using System;
using System.Linq;
using Ebet.StatusCodes.Benchmarks.Shared;
using Ebet.StatusCodes.Generator.Benchmarks;

// dotnet run -c Release -- [--quick] [BenchmarkDotNet arguments]   the benchmarks (all of them without --filter)
// dotnet run -c Release -- --check [incremental] [compile [ROWS...]] [markdig] [emitted] [linear]
//     which steps re-run after an edit, that the code for large catalogs compiles, where Markdig gives up,
//     the size of the code emitted for the library's catalogs, that a hostile page twice as large takes
//     at most 2.5 times as long
// dotnet run -c Release -- --profile full|steps|page|markdig SECONDS
//     one of them in a loop, for a profiler (benchmarks/profile-full-run.sh)
if (args.Length > 0 && args[0] == "--profile")
{
    return ProfileLoop.Run(args.Skip(1).ToList());
}

if (args.Length > 0 && args[0] == "--check")
{
    return Checks.Run(args.Skip(1).ToList());
}

return BenchmarkEntry.Run(typeof(Checks).Assembly, args);
