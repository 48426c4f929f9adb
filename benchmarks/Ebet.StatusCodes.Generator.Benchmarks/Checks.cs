using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Benchmarks;

/// <summary>
/// <c>--check</c>: what the timings stand on, printed once. Which steps re-run after each edit, that
/// the code emitted for large catalogs compiles, where Markdig's pipe-table extension gives up, how
/// much code the library's catalogs emit, and that reading stays linear on hostile pages
/// (<see cref="LinearityCheck"/>).
/// Exits non-zero when the emitted code does not compile, a generator reports an error, or a
/// doubled hostile page takes more than 2.5 times as long.
/// </summary>
internal static class Checks
{
    public static readonly int[] CompiledSizes = { 100, 1_000, 10_000, 100_000 };

    public static readonly int[] MarkdigSizes = { 1_000, 2_000, 5_000, 10_000 };

    /// <summary>Fails a benchmark's setup when the generator produced nothing or an error: its timing would mean nothing.</summary>
    public static void RequireOutput(GeneratorDriver driver, string generator)
    {
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var sources = result.Results.SelectMany(run => run.GeneratedSources).ToList();
        if (sources.Count == 0 || errors.Count > 0 || result.Results.Any(run => run.Exception is not null)
            || sources.Any(source => source.HintName.Contains(".Error", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(generator + " produced " + sources.Count + " files and these errors: "
                + string.Join(Environment.NewLine, errors.Select(error => error.ToString()))
                + string.Join(Environment.NewLine, result.Results.Select(run => run.Exception?.ToString())));
        }
    }

    public static int Run(IReadOnlyCollection<string> what)
    {
        var all = what.Count == 0;
        var failures = 0;
        if (all || what.Contains("incremental"))
        {
            failures += Incremental();
        }

        if (all || what.Contains("compile"))
        {
            var sizes = what.Select(word => int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows) ? rows : 0).Where(rows => rows > 0).ToArray();
            failures += Compile(sizes.Length > 0 ? sizes : CompiledSizes);
        }

        if (all || what.Contains("markdig"))
        {
            Markdig();
        }

        if (all || what.Contains("emitted"))
        {
            Emitted();
        }

        if (all || what.Contains("linear"))
        {
            failures += LinearityCheck.Run();
        }

        Console.WriteLine(failures == 0 ? "check: passed" : "check: " + failures + " failures");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The size of each file the generator writes for the library's three catalogs: what every consumer build parses.</summary>
    private static void Emitted()
    {
        var sources = new RealCatalog().RunStatusCodeGeneratorOnAllCatalogs().GetRunResult().Results.SelectMany(run => run.GeneratedSources).ToList();
        Console.WriteLine("== the code emitted for the library's catalogs (UTF-8 bytes without a byte order mark)");
        foreach (var source in sources)
        {
            var text = source.SourceText.ToString();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "   {0}: {1:N0} bytes, {2:N0} characters, {3:N0} lines", source.HintName, System.Text.Encoding.UTF8.GetByteCount(text), text.Length, text.Count(c => c == '\n')));
        }

        var texts = sources.Select(source => source.SourceText.ToString()).ToList();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "   all {0} files: {1:N0} bytes, {2:N0} lines", texts.Count, texts.Sum(System.Text.Encoding.UTF8.GetByteCount), texts.Sum(text => text.Count(c => c == '\n'))));
    }

    /// <summary>Both generators once, then after a C# edit and after a culture-file edit: the reasons of each step's outputs.</summary>
    private static int Incremental()
    {
        var catalog = new RealCatalog();
        var compilation = catalog.Compilation;
        var edited = Consumer.WithEditedProgram(compilation);
        var failures = 0;

        var driver = Generators.Driver(Generators.StatusCodes(), catalog.CatalogTexts, catalog.CatalogOptions, trackSteps: true).RunGenerators(compilation);
        failures += Describe("StatusCodeGenerator, full run", driver);
        failures += Describe("StatusCodeGenerator, after an unrelated C# edit", driver.RunGenerators(edited));
        var (zhHant, zhHantEdited) = Edits.ZhHantMarkdown(catalog.CatalogTexts);
        failures += Describe("StatusCodeGenerator, after an edit of ebet-status-codes.zh-Hant.md", driver.ReplaceAdditionalText(zhHant, zhHantEdited).RunGenerators(compilation));

        var resx = Generators.Driver(Generators.Resx, catalog.ResxTexts, catalog.ResxOptions, trackSteps: true).RunGenerators(compilation);
        failures += Describe("ResxSourceGenerator, full run", resx);
        failures += Describe("ResxSourceGenerator, after an unrelated C# edit", resx.RunGenerators(edited));
        var (zhHantResx, zhHantResxEdited) = Edits.ZhHantResx(catalog.ResxTexts);
        failures += Describe("ResxSourceGenerator, after an edit of StatusMessages.zh-Hant.resx", resx.ReplaceAdditionalText(zhHantResx, zhHantResxEdited).RunGenerators(compilation));
        return failures;
    }

    private static int Describe(string title, GeneratorDriver driver)
    {
        var run = driver.GetRunResult().Results.Single();
        Console.WriteLine("== " + title);
        foreach (var source in run.GeneratedSources)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   output {source.HintName}: {source.SourceText.Length:N0} chars, {source.SourceText.Lines.Count:N0} lines"));
        }

        foreach (var diagnostic in run.Diagnostics)
        {
            Console.WriteLine("   diagnostic " + diagnostic);
        }

        foreach (var (name, steps) in run.TrackedSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var reasons = steps.SelectMany(step => step.Outputs).GroupBy(output => output.Reason).Select(group => group.Key + " x" + group.Count());
            Console.WriteLine("   step " + name + ": " + string.Join(", ", reasons));
        }

        var failed = run.Exception is not null || run.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// Generates code for synthetic catalogs and compiles it (emit to memory, net10.0 reference
    /// assemblies). Bold codes first, as eBET writes them; when the generator fails on those, the same
    /// catalog with plain codes, so that the emitted code is still checked at that size.
    /// </summary>
    private static int Compile(IEnumerable<int> sizes)
    {
        var failures = 0;
        foreach (var rows in sizes)
        {
            foreach (var bold in new[] { true, false })
            {
                var (generated, compiled) = CompileOnce(rows, bold);
                failures += generated && compiled ? 0 : 1;
                if (generated)
                {
                    break;
                }
            }
        }

        return failures;
    }

    private static (bool Generated, bool Compiled) CompileOnce(int rows, bool bold)
    {
        const string Use = "using Synthetic; namespace Consumer; internal static class Use { public static string Name(SyntheticCode code) => code.ToStringFast() + code.GetMessage(); }";
        var input = CatalogInput.Synthetic(rows, bold);
        var compilation = Consumer.Compilation(Consumer.Program, Use);
        var what = string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {(bold ? "bold" : "plain")} codes");
        var watch = Stopwatch.StartNew();
        var driver = Generators.Driver(Generators.StatusCodes(), CatalogInput.Texts(input), input.Options()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var generateTime = watch.Elapsed;
        var result = driver.GetRunResult();
        var generatorProblems = driverDiagnostics.Concat(result.Diagnostics).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        if (result.GeneratedTrees.IsEmpty || generatorProblems.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {what}: the generator FAILED in {generateTime.TotalSeconds:F1} s"));
            foreach (var problem in generatorProblems.Select(problem => problem.ToString()).Distinct().Take(5))
            {
                Console.WriteLine("   " + problem);
            }

            return (false, false);
        }

        var generated = result.GeneratedTrees.Sum(tree => tree.Length);
        watch.Restart();
        using var assembly = new MemoryStream();
        var emit = output.Emit(assembly);
        var compileTime = watch.Elapsed;
        var problems = emit.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"== {what}: generated {generated:N0} chars in {generateTime.TotalSeconds:F1} s; emit {(emit.Success ? "succeeded" : "FAILED")} in {compileTime.TotalSeconds:F1} s ({assembly.Length:N0} bytes), {problems.Count} warnings or errors"));
        foreach (var problem in problems.Take(10))
        {
            Console.WriteLine("   " + problem);
        }

        return (true, emit.Success && problems.Count == 0);
    }

    /// <summary>
    /// Markdig's pipe-table extension on the synthetic page: the largest size it accepts (by bisection)
    /// and what it does at the sizes the generator handles.
    /// </summary>
    private static void Markdig()
    {
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
        var low = LargestAccepted(rows => TryMarkdig(pipeline, rows, print: false));
        var high = low + 1;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== Markdig pipe tables accept at most {low:N0} bold rows of the synthetic page"));
        var readerLimit = LargestAccepted(rows => TryReader(rows));
        Console.WriteLine(readerLimit >= 100_000
            ? "== the generator's reader accepts 100,000 bold rows"
            : string.Create(CultureInfo.InvariantCulture, $"== the generator's reader accepts at most {readerLimit:N0} bold rows: {ReaderFailure(readerLimit + 1)}"));
        foreach (var rows in MarkdigSizes.Append(low).Append(high).Order())
        {
            TryMarkdig(pipeline, rows, print: true);
        }
    }

    private static bool TryMarkdig(MarkdownPipeline pipeline, int rows, bool print)
    {
        var page = CatalogInput.SyntheticPage(rows);
        var watch = Stopwatch.StartNew();
        string outcome;
        var accepted = false;
        try
        {
            var document = Markdown.Parse(page, pipeline);
            var tables = document.OfType<global::Markdig.Extensions.Tables.Table>().ToList();
            accepted = tables.Count == 1 && tables[0].Count - 1 == rows;
            outcome = tables.Count == 1 ? "one table of " + (tables[0].Count - 1).ToString("N0", CultureInfo.InvariantCulture) + " body rows" : "no table (" + document.Count + " blocks)";
        }
#pragma warning disable CA1031 // Whatever Markdig throws is the finding to print.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            outcome = "threw " + exception.GetType().Name + ": " + exception.Message;
        }

        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {rows:N0} bold rows: {outcome} ({watch.Elapsed.TotalSeconds:F2} s)"));
        }

        return accepted;
    }

    /// <summary>The largest size from 100 to 100,000 that <paramref name="accepts"/>, by bisection (failure is assumed monotonic).</summary>
    private static int LargestAccepted(Func<int, bool> accepts)
    {
        if (accepts(100_000))
        {
            return 100_000;
        }

        var (low, high) = (100, 100_000);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = accepts(middle) ? (middle, high) : (low, middle);
        }

        return low;
    }

    private static bool TryReader(int rows) => ReaderFailure(rows) is null;

    /// <summary>What the generator's markdown reader throws on the synthetic bold page, or null.</summary>
    private static string? ReaderFailure(int rows)
    {
        try
        {
            var file = Parsing.MarkdownFile.Read("/project/spec/synthetic-codes.md", CatalogInput.SyntheticPage(rows), System.Threading.CancellationToken.None);
            return file.Tables.Count == 1 && file.Tables[0].Rows.Count == rows ? null : "a table of another size";
        }
#pragma warning disable CA1031 // Whatever the reader throws is the finding to print.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception.GetType().Name + ": " + exception.Message;
        }
    }
}
