using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Ebet.StatusCodes.PackageTests.Infrastructure;

/// <summary>
/// The three packages (generator, library, tool), packed once per test run from the repository's sources into a temporary local feed,
/// with a version no earlier run used; and a place for consumer projects that restore from that feed
/// into a private packages folder. Nothing of this touches the repository or the machine's NuGet cache.
/// </summary>
/// <remarks>
/// Layout of the temporary root (outside the repository, so that its Directory.Build.props and
/// central package versions do not reach the consumers; empty ones here stop MSBuild's search):
/// <c>feed/</c> the packages, <c>packages/</c> the consumers' NUGET_PACKAGES, <c>artifacts/</c> the
/// packing build's bin and obj (the repository's own bin and obj are left alone: other test projects
/// may be using them while this one packs), <c>consumers/NAME/</c> one project each.
/// </remarks>
public sealed class PackedPackages : IAsyncLifetime
{
    public const string GeneratorId = "Ebet.StatusCodes.Generator";
    public const string LibraryId = "Ebet.StatusCodes";
    public const string ToolId = "Ebet.StatusCodes.Tool";

    /// <summary>Set to keep the temporary root after the run, to look at the consumer projects.</summary>
    public const string KeepVariable = "PACKAGE_TESTS_KEEP";

    /// <summary>The packable projects: the solution's others are not (tests, samples, benchmarks).</summary>
    private static readonly string[] s_packedProjects =
    {
        "src/Ebet.StatusCodes.Generator/Ebet.StatusCodes.Generator.csproj",
        "src/Ebet.StatusCodes/Ebet.StatusCodes.csproj",
        "src/Ebet.StatusCodes.Tool/Ebet.StatusCodes.Tool.csproj",
    };

    private int _consumerCount;
    private Task<string>? _toolInstall;

    public PackedPackages()
    {
        RepositoryRoot = typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot").Value!;
        Root = Path.Combine(Path.GetTempPath(), "ebsc-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        VersionSuffix = "test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    public string VersionSuffix { get; }

    /// <summary>The version of every package in this run: the repository's VersionPrefix and a fresh suffix.</summary>
    public string Version { get; private set; } = string.Empty;

    public string Feed => Path.Combine(Root, "feed");

    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>What packing printed, for the tests that look at warnings.</summary>
    public CommandResult? PackResult { get; private set; }

    public string GeneratorPackage => Path.Combine(Feed, $"{GeneratorId}.{Version}.nupkg");

    public string GeneratorSymbols => Path.Combine(Feed, $"{GeneratorId}.{Version}.snupkg");

    public string LibraryPackage => Path.Combine(Feed, $"{LibraryId}.{Version}.nupkg");

    public string LibrarySymbols => Path.Combine(Feed, $"{LibraryId}.{Version}.snupkg");

    public string ToolPackage => Path.Combine(Feed, $"{ToolId}.{Version}.nupkg");

    /// <summary>The environment of every consumer command: the private packages folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        Directory.CreateDirectory(Path.Combine(Root, "consumers"));
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        // The local feed in addition to the machine's sources (no <clear/>): consumers find the packages
        // under test here and everything else (Markdig, NETStandard.Library) where the machine does.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="ebet-statuscodes-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // The packable projects in one command (a solution filter over the repository's solution): one
        // evaluation and restore, and MSBuild packs them in parallel.
        var filter = Path.Combine(Root, "packages.slnf");
        File.WriteAllText(filter, JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.Combine(RepositoryRoot, "Ebet.sln"),
                projects = s_packedProjects,
            },
        }));
        var result = await DotNet.RunAsync(
            RepositoryRoot,
            null,
            "pack",
            filter,
            "--configuration", "Release",
            "--output", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            $"-p:VersionSuffix={VersionSuffix}").ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Packing failed.\n" + result.Describe());
        }

        PackResult = result;
        var generator = Directory.GetFiles(Feed, GeneratorId + ".*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(generator)[(GeneratorId.Length + 1)..];
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) is not { Length: > 0 })
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder: the system cleans it up if a file is still held.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The statuscodes tool installed from the feed (<c>dotnet tool install --tool-path</c>), once per
    /// run, into a folder of the temporary root; the path of its command.
    /// </summary>
    public Task<string> InstallToolAsync() => _toolInstall ??= InstallAsync();

    private async Task<string> InstallAsync()
    {
        var toolPath = Path.Combine(Root, "tools");
        var result = await DotNet.RunAsync(Root, ConsumerEnvironment, "tool", "install", ToolId, "--version", Version, "--tool-path", toolPath, "--add-source", Feed).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Installing the tool failed.\n" + result.Describe());
        }

        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "statuscodes.exe" : "statuscodes");
    }

    /// <summary>A new, empty consumer project folder.</summary>
    public ConsumerProject CreateConsumer(string name)
    {
        var directory = Path.Combine(Root, "consumers", $"{Interlocked.Increment(ref _consumerCount):00}-{name}");
        Directory.CreateDirectory(directory);
        return new ConsumerProject(this, name, directory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesDefinition : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
