using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ebet.StatusCodes.Benchmarks.Alternatives;

namespace Ebet.StatusCodes.Benchmarks;

/// <summary>
/// The text lookups (name, the page's text, a message in a culture) against what a project would use
/// instead. Each operation is one lookup; each invocation runs the 64 inputs of <see cref="Mix"/>.
/// Unlisted codes make every text lookup allocate (its text holds the number), hence the two mixes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TextLookupBenchmarks
{
    private const int Inputs = CodeMixes.Size;

    private EbetStatusCode[] _codes = Array.Empty<EbetStatusCode>();
    private DescribedStatusCode[] _describedCodes = Array.Empty<DescribedStatusCode>();
    private string[] _resourceKeys = Array.Empty<string>();
    private CultureInfo _zhHant = CultureInfo.InvariantCulture;
    private CultureInfo[] _rotatingCultures = Array.Empty<CultureInfo>();
    private CultureInfo[] _newZhHantObjects = Array.Empty<CultureInfo>();
    private CultureInfo[] _newRotatingObjects = Array.Empty<CultureInfo>();

    [Params(Mix.Mixed, Mix.DefinedOnly)]
    public Mix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _codes = CodeMixes.Codes(Mix);
        _describedCodes = _codes.Select(code => (DescribedStatusCode)(int)code).ToArray();

        // The resource keys are computed once: .resx at its best, without a name lookup per call.
        _resourceKeys = _codes.Select(code => code.ToStringFast()).ToArray();
        _zhHant = CultureInfo.GetCultureInfo("zh-Hant");
        _rotatingCultures = new[] { CultureInfo.GetCultureInfo("zh-Hans"), _zhHant, CultureInfo.GetCultureInfo("en-US") };

        // A CultureInfo object of its own for every input, as middleware that calls new CultureInfo(name) per
        // request passes them. Created here, so that what is measured is the lookup, not the construction.
        _newZhHantObjects = Enumerable.Range(0, Inputs).Select(_ => new CultureInfo("zh-Hant")).ToArray();
        _newRotatingObjects = Enumerable.Range(0, Inputs).Select(i => new CultureInfo(_rotatingCultures[i % 3].Name)).ToArray();

        // A server's usual UI culture; GetMessage() and GetString(key) read it on every call.
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        // A missing satellite would quietly measure the English fallback instead.
        if (ResxMessages.ResourceManager.GetString(nameof(EbetStatusCode.AccountFrozen), _zhHant) != EbetStatusCode.AccountFrozen.GetMessage(_zhHant))
        {
            throw new InvalidOperationException("The zh-Hant satellite of " + ResxMessages.BaseName + " was not found.");
        }
    }

    // ---- ToString: the member's name ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("ToString")]
    public int HandWrittenToName()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += HandWrittenSwitch.ToName(code).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("ToString")]
    public int ToStringFast()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += code.ToStringFast().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("ToString")]
    public int EnumToString()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += code.ToString().Length;
        }

        return length;
    }

    // ---- GetDescription: the page's text ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetDescription")]
    public int HandWrittenDescription()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += HandWrittenSwitch.Description(code).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetDescription")]
    public int GetDescription()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += code.GetDescription().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetDescription")]
    public int DescriptionAttributeByReflection()
    {
        var length = 0;
        foreach (var code in _describedCodes)
        {
            length += DescriptionLookup.Description(code).Length;
        }

        return length;
    }

    // ---- GetMessage(culture): an explicit culture (zh-Hant, a satellite for .resx) ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(zh-Hant)")]
    public int HandWrittenMessageInCulture()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += HandWrittenSwitch.Message(code, _zhHant).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(zh-Hant)")]
    public int GetMessageInCulture()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += code.GetMessage(_zhHant).Length;
        }

        return length;
    }

    /// <summary>
    /// The hand-written switch given a new culture object per call, as <see cref="GetMessageInNewCultureObjects"/>
    /// is: each call reads the name of an object not read before, whichever code reads it.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(zh-Hant)")]
    public int HandWrittenMessageInNewCultureObjects()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += HandWrittenSwitch.Message(_codes[i], _newZhHantObjects[i]).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(zh-Hant)")]
    public int GetMessageInNewCultureObjects()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += _codes[i].GetMessage(_newZhHantObjects[i]).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(zh-Hant)")]
    public int ResourceManagerInCulture()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += ResxMessages.Message(_resourceKeys[i], (int)_codes[i], _zhHant).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(zh-Hant)")]
    public int ResourceManagerKeyFromEnumToStringInCulture()
    {
        // As integrations usually write it: the key is the member's name, from Enum.ToString().
        var length = 0;
        foreach (var code in _codes)
        {
            length += ResxMessages.Message(code.ToString(), (int)code, _zhHant).Length;
        }

        return length;
    }

    // ---- GetMessage(): the current UI culture (en-US, so English, the neutral resources) ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(current)")]
    public int HandWrittenMessageInCurrentCulture()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += HandWrittenSwitch.Message(code).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(current)")]
    public int GetMessageInCurrentCulture()
    {
        var length = 0;
        foreach (var code in _codes)
        {
            length += code.GetMessage().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(current)")]
    public int ResourceManagerInCurrentCulture()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += ResxMessages.Message(_resourceKeys[i], (int)_codes[i], null).Length;
        }

        return length;
    }

    // ---- GetMessage(culture) with the culture changing from call to call (zh-Hans, zh-Hant, en-US),
    //      as on a server whose requests carry different Accept-Language headers ----

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(3 cultures)")]
    public int HandWrittenMessageInRotatingCultures()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += HandWrittenSwitch.Message(_codes[i], _rotatingCultures[i % 3]).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(3 cultures)")]
    public int GetMessageInRotatingCultures()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += _codes[i].GetMessage(_rotatingCultures[i % 3]).Length;
        }

        return length;
    }

    /// <summary>The hand-written switch given a new object of one of three cultures per call.</summary>
    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(3 cultures)")]
    public int HandWrittenMessageInRotatingNewCultureObjects()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += HandWrittenSwitch.Message(_codes[i], _newRotatingObjects[i]).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(3 cultures)")]
    public int GetMessageInRotatingNewCultureObjects()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += _codes[i].GetMessage(_newRotatingObjects[i]).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    [BenchmarkCategory("GetMessage(3 cultures)")]
    public int ResourceManagerInRotatingCultures()
    {
        var length = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            length += ResxMessages.Message(_resourceKeys[i], (int)_codes[i], _rotatingCultures[i % 3]).Length;
        }

        return length;
    }
}
