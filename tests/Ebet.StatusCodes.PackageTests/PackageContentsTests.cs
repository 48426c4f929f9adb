using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ebet.StatusCodes.Generator;
using Ebet.StatusCodes.PackageTests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.PackageTests;

/// <summary>What is inside the three packages (and their symbols packages), as packed from the sources.</summary>
[Collection(PackedPackagesDefinition.Name)]
public sealed class PackageContentsTests
{
    private const string Analyzers = "analyzers/dotnet/cs/";

    /// <summary>
    /// The assembly versions a compiler host that runs Roslyn 4.3.1 (the oldest the generator supports)
    /// already carries: Roslyn 4.3.1's own netstandard2.0 dependencies (System.Collections.Immutable
    /// 6.0.0, System.Memory 4.5.4 with System.Buffers 4.5.1, System.Runtime.CompilerServices.Unsafe 6.0.0).
    /// A .NET Framework host (Visual Studio, MSBuild.exe) redirects every older version to its own, and
    /// cannot load a newer one: what the generator and Markdig reference must stay at or below these, or
    /// ship beside them. See docs/compiler-hosts.md, "Compiler hosts".
    /// </summary>
    private static readonly Dictionary<string, Version> s_compilerHostAssemblies = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 3, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 3, 0, 0),
        ["System.Collections.Immutable"] = new(6, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 1),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
    };

    private static readonly string[] s_libraryEntries =
    {
        "PACKAGE.md",
        "lib/net10.0/Ebet.StatusCodes.dll",
        "lib/net10.0/Ebet.StatusCodes.xml",
        "lib/netstandard2.0/Ebet.StatusCodes.dll",
        "lib/netstandard2.0/Ebet.StatusCodes.xml",
    };

    private readonly PackedPackages _packages;

    public PackageContentsTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public void Packing_prints_no_warning()
    {
        Assert.NotNull(_packages.PackResult);
        Assert.Empty(ConsumerProject.Warnings(_packages.PackResult));
    }

    [Fact]
    public void The_generator_package_is_a_development_dependency_with_the_analyzer_Markdig_and_the_build_files_only()
    {
        Assert.Equal(
            new[]
            {
                "PACKAGE.md",
                "THIRD-PARTY-NOTICES.txt",
                Analyzers + "Ebet.StatusCodes.Generator.dll",
                Analyzers + "Ebet.StatusCodes.Generator.pdb",
                Analyzers + "Markdig.dll",
                "build/Ebet.StatusCodes.Generator.props",
                "build/Ebet.StatusCodes.Generator.targets",
                "buildTransitive/Ebet.StatusCodes.Generator.props",
                "buildTransitive/Ebet.StatusCodes.Generator.targets",
            }.OrderBy(name => name, StringComparer.Ordinal),
            PackageFile.Entries(_packages.GeneratorPackage));

        var nuspec = PackageFile.ReadNuspec(_packages.GeneratorPackage);
        Assert.Equal("true", PackageFile.Metadata(nuspec, "developmentDependency"));
        Assert.Empty(PackageFile.Dependencies(nuspec));
        AssertCommonMetadata(nuspec, PackedPackages.GeneratorId, _packages.Version);
    }

    [Theory]
    [InlineData("build/")]
    [InlineData("buildTransitive/")]
    public void The_packed_props_and_targets_are_the_repository_files(string folder)
    {
        foreach (var extension in new[] { ".props", ".targets" })
        {
            var source = Path.Combine(_packages.RepositoryRoot, "src", "Ebet.StatusCodes.Generator", "build", "Ebet.StatusCodes.Generator" + extension);
            Assert.Equal(
                File.ReadAllBytes(source),
                PackageFile.ReadBytes(_packages.GeneratorPackage, folder + "Ebet.StatusCodes.Generator" + extension));
        }
    }

    [Fact]
    public void The_props_makes_every_metadata_name_and_property_the_generator_reads_visible_to_the_compiler()
    {
        var generator = Path.Combine(_packages.RepositoryRoot, "src", "Ebet.StatusCodes.Generator");
        var props = File.ReadAllText(Path.Combine(generator, "build", "Ebet.StatusCodes.Generator.props"));
        var sources = string.Concat(Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var metadataRead = Regex.Matches(File.ReadAllText(Path.Combine(generator, "Configuration", "CatalogMetadata.cs")), @"const string \w+ = ""(StatusCode\w+)""")
            .Select(match => match.Groups[1].Value);
        var metadataDeclared = Regex.Matches(props, @"<CompilerVisibleItemMetadata Include=""AdditionalFiles"" MetadataName=""(\w+)""")
            .Select(match => match.Groups[1].Value);
        var propertiesRead = Regex.Matches(sources, @"""build_property\.(\w+)""")
            .Select(match => match.Groups[1].Value);
        var propertiesDeclared = Regex.Matches(props, @"<CompilerVisibleProperty Include=""(\w+)""")
            .Select(match => match.Groups[1].Value);

        Assert.Equal(metadataRead.Order(StringComparer.Ordinal), metadataDeclared.Order(StringComparer.Ordinal));
        Assert.NotEmpty(propertiesRead);
        Assert.Equal(propertiesRead.Distinct().Order(StringComparer.Ordinal), propertiesDeclared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_library_package_has_both_frameworks_with_XML_docs_and_depends_on_nothing()
    {
        Assert.Equal(s_libraryEntries, PackageFile.Entries(_packages.LibraryPackage));

        var nuspec = PackageFile.ReadNuspec(_packages.LibraryPackage);
        Assert.Null(PackageFile.Metadata(nuspec, "developmentDependency"));
        Assert.Empty(PackageFile.Dependencies(nuspec));
        AssertCommonMetadata(nuspec, PackedPackages.LibraryId, _packages.Version);
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_statuscodes_with_the_generator_inside_and_no_dependency()
    {
        var entries = PackageFile.Entries(_packages.ToolPackage);
        const string tools = "tools/net10.0/any/";
        Assert.Contains(tools + "Ebet.StatusCodes.Tool.dll", entries);
        Assert.Contains(tools + "Ebet.StatusCodes.Generator.dll", entries);
        Assert.Contains(tools + "Markdig.dll", entries);
        Assert.DoesNotContain(entries, entry => entry.EndsWith(".resources.dll", StringComparison.Ordinal));
        Assert.Contains("Command Name=\"statuscodes\"", System.Text.Encoding.UTF8.GetString(PackageFile.ReadBytes(_packages.ToolPackage, tools + "DotnetToolSettings.xml")), StringComparison.Ordinal);

        var nuspec = PackageFile.ReadNuspec(_packages.ToolPackage);
        Assert.Equal("DotnetTool", PackageFile.MetadataElement(nuspec, "packageTypes")?.Elements().Single().Attribute("name")?.Value);
        Assert.Empty(PackageFile.Dependencies(nuspec));
        AssertCommonMetadata(nuspec, PackedPackages.ToolId, _packages.Version);
    }

    [Fact]
    public void The_repository_address_is_one_value_everywhere()
    {
        var fromBuildProps = typeof(PackageContentsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryUrl").Value;

        Assert.Equal(ProjectInfo.RepositoryUrl, fromBuildProps);
        foreach (var package in new[] { _packages.GeneratorPackage, _packages.LibraryPackage, _packages.ToolPackage })
        {
            var nuspec = PackageFile.ReadNuspec(package);
            Assert.Equal(ProjectInfo.RepositoryUrl, PackageFile.MetadataElement(nuspec, "repository")?.Attribute("url")?.Value);
            Assert.Equal(ProjectInfo.RepositoryUrl, PackageFile.Metadata(nuspec, "projectUrl"));
        }
    }

    public static TheoryData<string, string, string?> Assemblies => new()
    {
        { PackedPackages.GeneratorId, Analyzers + "Ebet.StatusCodes.Generator", "src/Ebet.StatusCodes.Generator/StatusCodeGenerator.cs" },
        // The library has no hand-written source: its PDB embeds the generated files.
        { PackedPackages.LibraryId, "lib/netstandard2.0/Ebet.StatusCodes", null },
        { PackedPackages.LibraryId, "lib/net10.0/Ebet.StatusCodes", null },
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Each_assembly_is_deterministic_and_its_symbols_package_PDB_finds_every_source(string packageId, string pathWithoutExtension, string? repositorySource)
    {
        var package = packageId == PackedPackages.GeneratorId ? _packages.GeneratorPackage : _packages.LibraryPackage;
        var symbols = packageId == PackedPackages.GeneratorId ? _packages.GeneratorSymbols : _packages.LibrarySymbols;
        var commit = PackageFile.MetadataElement(PackageFile.ReadNuspec(package), "repository")?.Attribute("commit")?.Value;
        Assert.Matches("^[0-9a-f]{40}$", commit);

        using var pe = new PEReader(new MemoryStream(PackageFile.ReadBytes(package, pathWithoutExtension + ".dll")));
        var debugDirectory = pe.ReadDebugDirectory();
        Assert.Contains(debugDirectory, entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        var codeView = pe.ReadCodeViewDebugDirectoryData(debugDirectory.Single(entry => entry.Type == DebugDirectoryEntryType.CodeView));

        // The symbols package has the PDB of exactly this DLL, beside the path of the DLL.
        Assert.Contains(pathWithoutExtension + ".pdb", PackageFile.Entries(symbols));
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(PackageFile.ReadBytes(symbols, pathWithoutExtension + ".pdb")));
        var pdb = pdbProvider.GetMetadataReader();
        Assert.Equal(codeView.Guid, new Guid(pdb.DebugMetadataHeader!.Id.AsSpan(0, 16)));

        // SourceLink: the repository's files at the packed commit on GitHub (also without a GitHub
        // remote, see Directory.Build.props). Local builds keep real paths, so a debugger finds the
        // files on disk; CI builds (ContinuousIntegrationBuild) map the repository root to /_/.
        var expectedRoot = IsContinuousIntegrationBuild ? "/_/" : _packages.RepositoryRoot.Replace('\\', '/');
        var sourceLink = SourceLinkOf(pdb);
        Assert.NotNull(sourceLink);
        var mapping = Assert.Single(JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject());
        Assert.Equal(expectedRoot + "*", mapping.Name);
        Assert.Equal($"https://raw.githubusercontent.com/ebet-statuscodes/Ebet.StatusCodes/{commit}/*", mapping.Value.GetString());

        // Every other document (generated sources, obj/ files) is embedded in the PDB.
        var documents = pdb.Documents.Select(handle => (Name: pdb.GetString(pdb.GetDocument(handle).Name), Embedded: HasEmbeddedSource(pdb, handle))).ToArray();
        Assert.NotEmpty(documents);
        Assert.All(documents, document => Assert.True(
            document.Name.StartsWith(expectedRoot, StringComparison.Ordinal) || document.Embedded,
            $"{document.Name} is neither linked nor embedded"));
        if (repositorySource is not null)
        {
            Assert.Contains(documents, document => document.Name == expectedRoot + repositorySource);
        }
    }

    [Fact]
    public void The_analyzer_assemblies_reference_nothing_a_compiler_host_of_Roslyn_4_3_1_lacks()
    {
        var shipped = PackageFile.Entries(_packages.GeneratorPackage)
            .Where(entry => entry.StartsWith(Analyzers, StringComparison.Ordinal) && entry.EndsWith(".dll", StringComparison.Ordinal))
            .ToArray();
        var shippedNames = shipped.Select(entry => Path.GetFileNameWithoutExtension(entry)).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in shipped)
        {
            using var pe = new PEReader(new MemoryStream(PackageFile.ReadBytes(_packages.GeneratorPackage, entry)));
            var metadata = pe.GetMetadataReader();
            foreach (var reference in metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle)))
            {
                var name = metadata.GetString(reference.Name);
                if (shippedNames.Contains(name))
                {
                    continue;
                }

                Assert.True(
                    s_compilerHostAssemblies.TryGetValue(name, out var carried) && reference.Version <= carried,
                    $"{entry} references {name} {reference.Version}, which a compiler host of Roslyn 4.3.1 does not carry "
                    + $"(it has {(carried is null ? "no such assembly" : carried.ToString())}): ship it beside the generator or keep the older dependency.");
            }
        }

        using var markdig = new PEReader(new MemoryStream(PackageFile.ReadBytes(_packages.GeneratorPackage, Analyzers + "Markdig.dll")));
        Assert.Equal(new Version(0, 31, 0, 0), markdig.GetMetadataReader().GetAssemblyDefinition().Version);
    }

    private static bool IsContinuousIntegrationBuild
        => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static void AssertCommonMetadata(System.Xml.Linq.XElement nuspec, string id, string version)
    {
        Assert.Equal(id, PackageFile.Metadata(nuspec, "id"));
        // VersionPrefix (Directory.Build.props, which versions this assembly too) and the run's fresh suffix.
        Assert.Equal(version, PackageFile.Metadata(nuspec, "version"));
        Assert.StartsWith(typeof(PackageContentsTests).Assembly.GetName().Version!.ToString(3) + "-test.", version, StringComparison.Ordinal);
        Assert.Equal("MIT", PackageFile.Metadata(nuspec, "license"));
        Assert.Equal("expression", PackageFile.MetadataElement(nuspec, "license")?.Attribute("type")?.Value);
        Assert.Equal("PACKAGE.md", PackageFile.Metadata(nuspec, "readme"));
        Assert.Equal("git", PackageFile.MetadataElement(nuspec, "repository")?.Attribute("type")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(PackageFile.Metadata(nuspec, "description")));
    }

    private static bool HasEmbeddedSource(MetadataReader pdb, DocumentHandle document)
    {
        var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        return pdb.GetCustomDebugInformation(document)
            .Any(handle => pdb.GetGuid(pdb.GetCustomDebugInformation(handle).Kind) == embeddedSourceKind);
    }

    private static string? SourceLinkOf(MetadataReader pdb)
    {
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        foreach (var handle in pdb.CustomDebugInformation)
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) == sourceLinkKind)
            {
                return System.Text.Encoding.UTF8.GetString(pdb.GetBlobBytes(information.Value));
            }
        }

        return null;
    }
}
