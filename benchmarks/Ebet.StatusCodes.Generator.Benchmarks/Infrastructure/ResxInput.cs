using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>
/// The same messages as .resx files (en neutral, zh-Hans and zh-Hant satellites), given to the .resx
/// generator as its package's targets give them: every EmbeddedResource .resx as an AdditionalFiles
/// item, with the metadata MSBuild sets (RelativeDir, WithCulture) and the project's RootNamespace.
/// </summary>
internal static class ResxInput
{
    public const string ProjectDirectory = "/project/";

    public static readonly string[] FileNames = { "StatusMessages.resx", "StatusMessages.zh-Hans.resx", "StatusMessages.zh-Hant.resx" };

    public static string PathOf(string fileName) => ProjectDirectory + "Resources/" + fileName;

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resx", fileName));

    public static ImmutableArray<AdditionalText> Texts()
        => FileNames.Select(name => (AdditionalText)new InMemoryAdditionalText(PathOf(name), Read(name))).ToImmutableArray();

    public static TestAnalyzerConfigOptionsProvider Options()
        => new(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Ebet.StatusCodes" },
            FileNames.ToDictionary(
                PathOf,
                name => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                {
                    ["RelativeDir"] = "Resources/",
                    ["WithCulture"] = name == FileNames[0] ? "false" : "true",
                }));
}
