using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>The two generators compared, each as the compiler loads it.</summary>
internal static class Generators
{
    private static readonly Lazy<ISourceGenerator> s_resx = new(LoadResxSourceGenerator);

    /// <summary>This repository's generator.</summary>
    public static ISourceGenerator StatusCodes() => new StatusCodeGenerator().AsSourceGenerator();

    /// <summary>Microsoft.CodeAnalysis.ResxSourceGenerator's C# generator, from the package's analyzers folder.</summary>
    public static ISourceGenerator Resx => s_resx.Value;

    public static string ResxSourceGeneratorDirectory
        => typeof(Generators).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ResxSourceGeneratorDirectory").Value
            ?? throw new InvalidOperationException("No ResxSourceGeneratorDirectory metadata.");

    public static GeneratorDriver Driver(ISourceGenerator generator, ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider options, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(new[] { generator }, texts, Consumer.ParseOptions, options, Consumer.DriverOptions(trackSteps));

    private static ISourceGenerator LoadResxSourceGenerator()
    {
        var path = Path.Combine(ResxSourceGeneratorDirectory, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll");
        var reference = new AnalyzerFileReference(path, new AnalyzerLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        if (generators.Length != 1)
        {
            throw new InvalidOperationException("Expected one C# generator in " + path + ", found " + generators.Length + ".");
        }

        return generators[0];
    }

    /// <summary>Loads an analyzer and, from the same folder, what it depends on (the shared ResxSourceGenerator.dll).</summary>
    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
