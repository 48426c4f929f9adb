using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>The consumer settings a case's output is compiled under (as in StrictConsumerTests).</summary>
internal enum ConsumerSetting
{
    Net100Latest,
    NetStandard20CSharp73,
    NetStandard20CSharp8,
}

/// <summary>One input file of a case.</summary>
internal sealed record CaseFile(string Path, string Text, IReadOnlyDictionary<string, string> Metadata);

/// <summary>
/// Runs the generator on one case as cheaply as it can be done while still checking what matters:
/// one base compilation per consumer setting (references bound once, no source of its own) is
/// reused, the driver runs without step tracking, and the output compilation holds the generated
/// trees only. Every check that applies to any input is made here; a property adds its own oracle.
/// </summary>
internal static class PropertyHarness
{
    public const string Directory = "/project/spec/";

    // The generated code needs the core library alone; binding against the full reference sets
    // (some 170 assemblies for net10.0) costs most of a case's time and finds nothing more.
    private static readonly MetadataReference[] s_net100 = { Basic.Reference.Assemblies.Net100.References.SystemRuntime };
    private static readonly MetadataReference[] s_netStandard20 = { Basic.Reference.Assemblies.NetStandard20.References.netstandard };

    private static readonly ImmutableDictionary<ConsumerSetting, (CSharpParseOptions Parse, CSharpCompilation Base)> s_settings = CreateSettings();

    private static readonly Dictionary<string, string> s_globalOptions = new() { ["build_property.RootNamespace"] = "Test.Catalogs" };

    public static PropertyOutcome Run(IReadOnlyList<CaseFile> files, ConsumerSetting setting)
    {
        var (parseOptions, baseCompilation) = s_settings[setting];
        var options = new TestAnalyzerConfigOptionsProvider(
            s_globalOptions,
            files.ToDictionary(file => file.Path, file => file.Metadata, StringComparer.Ordinal));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new StatusCodeGenerator().AsSourceGenerator() },
            files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)),
            parseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(baseCompilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        // Whatever the input, the IDE's next run reuses every step.
        PipelineChecks.AssertSecondRunIsCached(driver, baseCompilation);
        var outcome = new PropertyOutcome(files, setting, baseCompilation, result, output, driverDiagnostics);
        outcome.AssertGeneratorBehaved();
        return outcome;
    }

    private static ImmutableDictionary<ConsumerSetting, (CSharpParseOptions, CSharpCompilation)> CreateSettings()
    {
        (CSharpParseOptions, CSharpCompilation) Create(IEnumerable<MetadataReference> references, LanguageVersion language, NullableContextOptions nullable)
            => (new CSharpParseOptions(language, DocumentationMode.Diagnose),
                CSharpCompilation.Create(
                    "PropertyConsumer",
                    Array.Empty<SyntaxTree>(),
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, warningLevel: 9999)));

        return new Dictionary<ConsumerSetting, (CSharpParseOptions, CSharpCompilation)>
        {
            [ConsumerSetting.Net100Latest] = Create(s_net100, LanguageVersion.Latest, NullableContextOptions.Enable),
            [ConsumerSetting.NetStandard20CSharp73] = Create(s_netStandard20, LanguageVersion.CSharp7_3, NullableContextOptions.Disable),
            [ConsumerSetting.NetStandard20CSharp8] = Create(s_netStandard20, LanguageVersion.CSharp8, NullableContextOptions.Enable),
        }.ToImmutableDictionary();
    }
}

/// <summary>What one run produced, with the checks every case must pass.</summary>
internal sealed class PropertyOutcome
{
    private static readonly ConcurrentDictionary<(ConsumerSetting, string), (bool IsError, string Text)[]> s_compiled = new();

    private readonly IReadOnlyList<CaseFile> _files;
    private readonly ImmutableArray<Diagnostic> _driverDiagnostics;
    private readonly ConsumerSetting _setting;
    private readonly Compilation _baseCompilation;

    public PropertyOutcome(IReadOnlyList<CaseFile> files, ConsumerSetting setting, Compilation baseCompilation, GeneratorRunResult result, Compilation output, ImmutableArray<Diagnostic> driverDiagnostics)
    {
        _files = files;
        _setting = setting;
        _baseCompilation = baseCompilation;
        Result = result;
        Output = output;
        _driverDiagnostics = driverDiagnostics;
    }

    public GeneratorRunResult Result { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public string Describe()
        => string.Join(Environment.NewLine, Diagnostics.Concat(_driverDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("EBSC", StringComparison.Ordinal))).Select(diagnostic => diagnostic.ToString()));

    /// <summary>
    /// The generator never throws (no exception in the run, no CS8784/CS8785, no EBSC099); every
    /// diagnostic that has a location points inside its file, with the line and column of its offset;
    /// whatever is generated compiles without errors, and without any warning when no error is reported.
    /// </summary>
    public void AssertGeneratorBehaved()
    {
        Require(Result.Exception is null, "the generator threw: " + Result.Exception);
        var compilerComplaints = _driverDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("EBSC", StringComparison.Ordinal)).ToList();
        Require(compilerComplaints.Count == 0, "the compiler reported on the generator run: " + string.Join("; ", compilerComplaints));
        Require(!Diagnostics.Any(diagnostic => diagnostic.Id == "EBSC099"), "EBSC099 (an unexpected failure): " + Describe());
        foreach (var diagnostic in Diagnostics)
        {
            AssertLocationInsideItsFile(diagnostic);
        }

        var hints = Result.GeneratedSources.Select(source => source.HintName).ToList();
        Require(hints.Distinct(StringComparer.OrdinalIgnoreCase).Count() == hints.Count, "hint names repeat: " + string.Join(", ", hints));

        if (Result.GeneratedSources.IsEmpty)
        {
            return;
        }

        // Each catalog's file is compiled on its own (they share nothing but the names checked
        // here), so that a file seen before, unchanged by the case's edits, is not compiled again.
        var types = Result.GeneratedSources
            .SelectMany(source => source.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .Where(type => type.Parent is not BaseTypeDeclarationSyntax)
                .Select(type => (type.Parent as BaseNamespaceDeclarationSyntax)?.Name + "." + type.Identifier.ValueText))
            .ToList();
        Require(types.Distinct(StringComparer.Ordinal).Count() == types.Count, "two catalogs declare the same type: " + string.Join(", ", types));

        var problems = Result.GeneratedSources.SelectMany(source => CompiledProblems(source.SyntaxTree)).ToList();
        var errors = problems.Where(problem => problem.IsError).Select(problem => problem.Text).ToList();
        Require(errors.Count == 0, "the generated code does not compile: " + string.Join(Environment.NewLine, errors.Take(5)) + Environment.NewLine + "generator said: " + Describe());
        Require(HasErrors || problems.Count == 0, "no error was reported, but the generated code compiles with warnings: " + string.Join(Environment.NewLine, problems.Take(5).Select(problem => problem.Text)));
    }

    /// <summary>The errors and warnings of one generated file compiled against the base compilation, remembered by the file's hash.</summary>
    private IReadOnlyList<(bool IsError, string Text)> CompiledProblems(SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        var key = (_setting, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        if (s_compiled.TryGetValue(key, out var known))
        {
            return known;
        }

        var problems = _baseCompilation.AddSyntaxTrees(tree).GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Select(diagnostic => (diagnostic.Severity == DiagnosticSeverity.Error, diagnostic.ToString()))
            .ToArray();
        if (s_compiled.Count > 100_000)
        {
            s_compiled.Clear();
        }

        s_compiled.TryAdd(key, problems);
        return problems;
    }

    private void AssertLocationInsideItsFile(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (location.Kind == LocationKind.None)
        {
            return;
        }

        Require(location.Kind == LocationKind.ExternalFile, diagnostic.Id + " has a location of kind " + location.Kind);
        var lineSpan = location.GetLineSpan();
        var file = _files.FirstOrDefault(candidate => candidate.Path == lineSpan.Path);
        Require(file is not null, diagnostic.Id + " points at " + lineSpan.Path + ", which is not an input file");
        var text = file!.Text;
        var span = location.SourceSpan;
        Require(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{diagnostic.Id} span {span} is outside {lineSpan.Path} ({text.Length} chars)");
        var lines = LineStarts.Of(text);
        Require(lineSpan.StartLinePosition.Line >= 0 && lineSpan.EndLinePosition.Line < lines.Count, $"{diagnostic.Id} lines {lineSpan.StartLinePosition}-{lineSpan.EndLinePosition} are outside the file's {lines.Count} lines");
        Require(lines.PositionOf(span.Start) == (lineSpan.StartLinePosition.Line, lineSpan.StartLinePosition.Character), $"{diagnostic.Id} starts at offset {span.Start}, which is {lines.PositionOf(span.Start)}, but says {lineSpan.StartLinePosition}");
        Require(lines.PositionOf(span.End) == (lineSpan.EndLinePosition.Line, lineSpan.EndLinePosition.Character), $"{diagnostic.Id} ends at offset {span.End}, which is {lines.PositionOf(span.End)}, but says {lineSpan.EndLinePosition}");
    }

    /// <summary>The generated source of <paramref name="enumName"/>'s catalog, parsed; null when there is none.</summary>
    public CompilationUnitSyntax? GeneratedRoot(string enumName)
        => Result.GeneratedSources
            .Where(source => source.HintName.EndsWith("." + enumName + ".g.cs", StringComparison.Ordinal))
            .Select(source => (CompilationUnitSyntax)source.SyntaxTree.GetRoot())
            .SingleOrDefault();

    /// <summary>Compiles the output to an assembly, loads it and calls <paramref name="use"/> with it; the assembly is unloaded afterwards.</summary>
    public void LoadAndCall(Action<Assembly> use)
    {
        using var stream = new MemoryStream();
        var emitted = Output.Emit(stream);
        Require(emitted.Success, "the generated code does not emit: " + string.Join(Environment.NewLine, emitted.Diagnostics.Take(5)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("property-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            use(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }

    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new PropertyFailedException(message);
        }
    }
}

/// <summary>A broken property; CsCheck shrinks the case and reports this message with it.</summary>
internal sealed class PropertyFailedException : Exception
{
    public PropertyFailedException(string message)
        : base(message)
    {
    }

    public PropertyFailedException()
    {
    }

    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Lines as Roslyn's SourceText breaks them (CR, LF, CRLF, U+0085, U+2028, U+2029), the way the IDE
/// numbers the lines a diagnostic is shown on: an independent count to check the generator's against.
/// </summary>
internal sealed class LineStarts
{
    private readonly Microsoft.CodeAnalysis.Text.TextLineCollection _lines;

    private LineStarts(Microsoft.CodeAnalysis.Text.TextLineCollection lines) => _lines = lines;

    public int Count => _lines.Count;

    public static LineStarts Of(string text) => new(Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines);

    public (int Line, int Column) PositionOf(int offset)
    {
        var position = _lines.GetLinePosition(offset);
        return (position.Line, position.Character);
    }
}

/// <summary>Reads the lookups out of generated source, without compiling it.</summary>
internal static class GeneratedLookups
{
    /// <summary>
    /// What <c>GetDescription</c> returns for each listed code, in the page's order: the code array and the
    /// description array, which every lookup indexes alike.
    /// </summary>
    public static List<(int Code, string Text)> Descriptions(CompilationUnitSyntax root, string enumName)
    {
        var extensions = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(type => type.Identifier.ValueText == enumName + "Extensions");
        var codes = ArrayItems(extensions, "s_codes").Select(Number).ToList();
        var texts = ArrayItems(extensions, "s_descriptions").Select(item => ((LiteralExpressionSyntax)item).Token.ValueText).ToList();
        PropertyOutcome.Require(codes.Count == texts.Count, "the code and description arrays differ in length");
        return codes.Zip(texts).ToList();
    }

    /// <summary>The enum's members and values, in declaration order.</summary>
    public static List<(string Name, int Value)> Members(CompilationUnitSyntax root, string enumName)
        => root.DescendantNodes().OfType<EnumDeclarationSyntax>().Single(type => type.Identifier.ValueText == enumName)
            .Members.Select(member => (member.Identifier.ValueText, Number(member.EqualsValue!.Value)))
            .ToList();

    private static SeparatedSyntaxList<ExpressionSyntax> ArrayItems(ClassDeclarationSyntax type, string field)
        => type.Members.OfType<FieldDeclarationSyntax>()
            .SelectMany(declaration => declaration.Declaration.Variables)
            .Single(variable => variable.Identifier.ValueText == field)
            .Initializer!.Value.DescendantNodesAndSelf().OfType<InitializerExpressionSyntax>().First().Expressions;

    private static int Number(ExpressionSyntax expression)
        => int.Parse(expression.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
