using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>
/// The generated code compiled, loaded and called through reflection, so tests check what it
/// does at run time and not only what it says.
/// </summary>
internal sealed class CompiledCatalog
{
    private readonly Type _extensions;

    private CompiledCatalog(Assembly assembly, string qualifiedEnumName)
    {
        Enum = assembly.GetType(qualifiedEnumName, throwOnError: true)!;
        Class = assembly.GetType(qualifiedEnumName + "Class", throwOnError: false);
        _extensions = assembly.GetType(qualifiedEnumName + "Extensions", throwOnError: true)!;
    }

    public Type Enum { get; }

    /// <summary>The class enum; null for a catalog without classes, which has none.</summary>
    public Type? Class { get; }

    public Type Extensions => _extensions;

    /// <summary>Compiles the run's output (consumer code plus generated code); fails on any error or warning.</summary>
    public static CompiledCatalog Load(GeneratorRun run, string qualifiedEnumName)
        => EmitAndLoad(run.OutputCompilation.WithOptions(run.OutputCompilation.Options.WithOutputKind(OutputKind.DynamicallyLinkedLibrary)), qualifiedEnumName);

    /// <summary>
    /// Compiles generated source on its own for net10.0, as a strict consumer does (every warning, documentation
    /// warnings, nullable enabled, warnings as errors), optionally with checked arithmetic; fails on any diagnostic.
    /// </summary>
    public static CompiledCatalog FromSource(string source, string qualifiedEnumName, bool checkedArithmetic = false)
    {
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose)) },
            ReferenceAssemblies.Net100,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Error,
                checkOverflow: checkedArithmetic));
        var diagnostics = compilation.GetDiagnostics();
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));
        return EmitAndLoad(compilation, qualifiedEnumName);
    }

    private static CompiledCatalog EmitAndLoad(Compilation compilation, string qualifiedEnumName)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(result.Success);
        stream.Position = 0;
        var context = new AssemblyLoadContext(qualifiedEnumName + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new CompiledCatalog(context.LoadFromStream(stream), qualifiedEnumName);
    }

    public object Value(int code) => System.Enum.ToObject(Enum, code);

    public string ToStringFast(int code) => (string)Call("ToStringFast", Value(code))!;

    public string Description(int code) => (string)Call("GetDescription", Value(code))!;

    public string Message(int code, CultureInfo? culture) => (string)Call("GetMessage", Value(code), culture)!;

    /// <summary>GetMessage in the culture named <paramref name="cultureName"/> (en, zh-Hant, ...).</summary>
    public string MessageIn(int code, string cultureName) => Message(code, CultureInfo.GetCultureInfo(cultureName));

    public string ClassOf(int code) => Call("GetClass", Value(code))!.ToString()!;

    public bool Is(string kind, int code) => (bool)Call("Is" + kind, Value(code))!;

    public bool IsDefined(int code) => (bool)_extensions.GetMethod("IsDefined", new[] { typeof(int) })!.Invoke(null, new object[] { code })!;

    public bool IsDefinedValue(int code) => (bool)_extensions.GetMethod("IsDefined", new[] { Enum })!.Invoke(null, new[] { Value(code) })!;

    public bool TryParse(string? name, bool ignoreCase, out int code)
    {
        var arguments = new object?[] { name, null, ignoreCase };
        var found = (bool)_extensions.GetMethod("TryParse")!.Invoke(null, arguments)!;
        code = Convert.ToInt32(arguments[1], CultureInfo.InvariantCulture);
        return found;
    }

    public IReadOnlyList<int> Values => ((System.Collections.IEnumerable)_extensions.GetProperty("Values")!.GetValue(null)!).Cast<object>().Select(value => Convert.ToInt32(value, CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<string> Names => (IReadOnlyList<string>)_extensions.GetProperty("Names")!.GetValue(null)!;

    public object? ValuesInstance => _extensions.GetProperty("Values")!.GetValue(null);

    private object? Call(string method, params object?[] arguments)
    {
        try
        {
            return _extensions.GetMethod(method)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
