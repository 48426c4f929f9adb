using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ebet.StatusCodes.Benchmarks.Alternatives;

namespace Ebet.StatusCodes.Benchmarks;

/// <summary>
/// The lookups that return a value (class, IsRetryable, IsDefined, TryParse) against the hand-written
/// switch and what .NET offers (Enum.IsDefined, Enum.TryParse). Each operation is one lookup; each
/// invocation runs the 64 inputs of <see cref="Mix"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValueLookupBenchmarks
{
    private const int Inputs = CodeMixes.Size;

    private EbetStatusCode[] _codes = Array.Empty<EbetStatusCode>();
    private int[] _numbers = Array.Empty<int>();
    private string[] _names = Array.Empty<string>();
    private string[] _namesInMixedCase = Array.Empty<string>();

    [Params(Mix.Mixed, Mix.DefinedOnly)]
    public Mix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _codes = CodeMixes.Codes(Mix);
        _numbers = _codes.Select(code => (int)code).ToArray();
        _names = CodeMixes.Names(Mix);
        _namesInMixedCase = CodeMixes.NamesInMixedCase(Mix);
    }

    // ---- GetClass ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetClass")]
    public int HandWrittenClass()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += (int)HandWrittenSwitch.Class(code);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetClass")]
    public int GetClass()
    {
        var sum = 0;
        foreach (var code in _codes)
        {
            sum += (int)code.GetClass();
        }

        return sum;
    }

    // ---- IsRetryable ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("IsRetryable")]
    public int HandWrittenIsRetryable()
    {
        var count = 0;
        foreach (var code in _codes)
        {
            count += HandWrittenSwitch.IsRetryable(code) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("IsRetryable")]
    public int IsRetryable()
    {
        var count = 0;
        foreach (var code in _codes)
        {
            count += code.IsRetryable() ? 1 : 0;
        }

        return count;
    }

    // ---- IsDefined(int): is a number from a response a listed code? ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("IsDefined(int)")]
    public int HandWrittenIsDefined()
    {
        var count = 0;
        foreach (var number in _numbers)
        {
            count += HandWrittenSwitch.IsDefined(number) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("IsDefined(int)")]
    public int IsDefined()
    {
        var count = 0;
        foreach (var number in _numbers)
        {
            count += EbetStatusCodeExtensions.IsDefined(number) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("IsDefined(int)")]
    public int EnumIsDefinedGeneric()
    {
        var count = 0;
        foreach (var number in _numbers)
        {
            count += Enum.IsDefined((EbetStatusCode)number) ? 1 : 0;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("IsDefined(int)")]
    public int EnumIsDefinedTypeObject()
    {
        var count = 0;
        foreach (var number in _numbers)
        {
#pragma warning disable CA2263 // The non-generic overload is the point: it is what older code calls.
            count += Enum.IsDefined(typeof(EbetStatusCode), number) ? 1 : 0;
#pragma warning restore CA2263
        }

        return count;
    }

    // ---- TryParse(name) ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("TryParse")]
    public int HandWrittenTryParse()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += HandWrittenSwitch.TryParse(name, out var value) ? (int)value : 1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("TryParse")]
    public int TryParse()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += EbetStatusCodeExtensions.TryParse(name, out var value) ? (int)value : 1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("TryParse")]
    public int EnumTryParse()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += Enum.TryParse<EbetStatusCode>(name, out var value) ? (int)value : 1;
        }

        return sum;
    }

    // ---- TryParse(name, ignoreCase: true), two names in three in another case ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("TryParse(ignoreCase)")]
    public int HandWrittenTryParseIgnoringCase()
    {
        var sum = 0;
        foreach (var name in _namesInMixedCase)
        {
            sum += HandWrittenSwitch.TryParseIgnoreCase(name, out var value) ? (int)value : 1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("TryParse(ignoreCase)")]
    public int TryParseIgnoringCase()
    {
        var sum = 0;
        foreach (var name in _namesInMixedCase)
        {
            sum += EbetStatusCodeExtensions.TryParse(name, out var value, ignoreCase: true) ? (int)value : 1;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("TryParse(ignoreCase)")]
    public int EnumTryParseIgnoringCase()
    {
        var sum = 0;
        foreach (var name in _namesInMixedCase)
        {
            sum += Enum.TryParse<EbetStatusCode>(name, ignoreCase: true, out var value) ? (int)value : 1;
        }

        return sum;
    }
}
