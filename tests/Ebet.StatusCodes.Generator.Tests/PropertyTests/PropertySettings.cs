using System;
using System.Globalization;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// How many cases each property runs. The quick setting (the default, and what CI runs) takes
/// seconds; the long one is asked for with an environment variable:
/// <code>EBET_PROPERTY_ITERATIONS=100000 dotnet test tests/Ebet.StatusCodes.Generator.Tests --filter "FullyQualifiedName~PropertyTests"</code>
/// A failure prints the CsCheck seed of its smallest case; <c>EBET_PROPERTY_SEED=&lt;seed&gt;</c> runs that
/// case first, so it can be replayed.
/// </summary>
internal static class PropertySettings
{
    public const string IterationsVariable = "EBET_PROPERTY_ITERATIONS";
    public const string SeedVariable = "EBET_PROPERTY_SEED";

    /// <summary>The number of cases per property: the variable's value, else <paramref name="quick"/>.</summary>
    public static long Iterations(long quick)
    {
        var configured = Environment.GetEnvironmentVariable(IterationsVariable);
        return long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) && iterations > 0
            ? iterations
            : quick;
    }

    /// <summary>True when the long setting is on: checks that cost more per case run less often.</summary>
    public static bool IsLong => Iterations(0) > 0;

    /// <summary>Runs <paramref name="check"/> on <see cref="Iterations"/> cases of <paramref name="gen"/>, with progress notes in the long setting.</summary>
    public static void Sample<T>(CsCheck.Gen<T> gen, Action<T> check, Xunit.Abstractions.ITestOutputHelper output, string property, long quick)
    {
        var progress = Progress(property);
        CsCheck.Check.Sample(
            gen,
            testCase =>
            {
                check(testCase);
                progress();
            },
            writeLine: output.WriteLine,
            seed: Seed,
            iter: Iterations(quick),
            print: testCase => testCase?.ToString() ?? string.Empty);
    }

    public static string? Seed => Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seed ? seed : null;

    /// <summary>
    /// Counts a property's cases; in the long setting, every 10,000th is noted with the time taken in
    /// <c>ebet-properties-progress.txt</c> in the temporary folder, so that a run of hours can be followed.
    /// </summary>
    public static Action Progress(string property)
    {
        if (!IsLong)
        {
            return static () => { };
        }

        var count = 0L;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ebet-properties-progress.txt");
        return () =>
        {
            var done = System.Threading.Interlocked.Increment(ref count);
            if (done % 10_000 == 0)
            {
                lock (path)
                {
                    System.IO.File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:O} {property}: {done} cases in {clock.Elapsed}{Environment.NewLine}"));
                }
            }
        };
    }
}
