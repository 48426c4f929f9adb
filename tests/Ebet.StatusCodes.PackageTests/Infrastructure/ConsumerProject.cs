using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace Ebet.StatusCodes.PackageTests.Infrastructure;

/// <summary>A fresh project outside the repository that installs the packages from the local feed.</summary>
public sealed partial class ConsumerProject
{
    private readonly PackedPackages _packages;

    internal ConsumerProject(PackedPackages packages, string name, string directory)
    {
        _packages = packages;
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Writes a file of the project (a path relative to the project's folder, '/'-separated).</summary>
    public ConsumerProject Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Writes the project file: an SDK project with <paramref name="properties"/> and a
    /// <c>PackageReference</c> for each package, its attributes written as given ("{version}" stands
    /// for the version under test), then anything in <paramref name="extra"/> (item groups) as written.
    /// </summary>
    public ConsumerProject WriteProject(Dictionary<string, string> properties, Dictionary<string, string> packages, string extra = "")
    {
        var propertyLines = string.Join("\n", properties.Select(pair => $"    <{pair.Key}>{pair.Value}</{pair.Key}>"));
        var packageLines = string.Join("\n", packages.Select(pair =>
            $"    <PackageReference Include=\"{pair.Key}\" {pair.Value.Replace("{version}", _packages.Version, StringComparison.Ordinal)} />"));
        return Write(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {propertyLines}
              </PropertyGroup>
              <ItemGroup>
            {packageLines}
              </ItemGroup>
            {extra}
            </Project>

            """);
    }

    /// <summary><c>dotnet build</c>, restoring from the local feed into the private packages folder.</summary>
    public Task<CommandResult> BuildAsync(params string[] arguments)
        => DotNet.RunAsync(Directory, _packages.ConsumerEnvironment, new[] { "build", ProjectFile }.Concat(arguments).ToArray());

    /// <summary><c>dotnet add package</c> at the version under test: what a user types to install it.</summary>
    public async Task AddPackageAsync(string id)
    {
        var result = await DotNet.RunAsync(Directory, _packages.ConsumerEnvironment, "add", ProjectFile, "package", id, "--version", _packages.Version).ConfigureAwait(false);
        Assert.True(result.Succeeded, result.Describe());
    }

    public Task<CommandResult> PackAsync(params string[] arguments)
        => DotNet.RunAsync(Directory, _packages.ConsumerEnvironment, new[] { "pack", ProjectFile }.Concat(arguments).ToArray());

    /// <summary>Builds and fails the test with the build's output unless it succeeds.</summary>
    public async Task<CommandResult> BuildSuccessfullyAsync(params string[] arguments)
    {
        var result = await BuildAsync(arguments).ConfigureAwait(false);
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    /// <summary>Runs the built program (Debug, net10.0) and returns what it printed.</summary>
    public async Task<string> RunAsync()
    {
        var program = Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");
        var result = await DotNet.RunAsync(Directory, _packages.ConsumerEnvironment, program).ConfigureAwait(false);
        Assert.True(result.Succeeded, result.Describe());
        return result.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
    }

    /// <summary>The compiler and MSBuild warnings a build printed, one per distinct message.</summary>
    public static IReadOnlyList<string> Warnings(CommandResult build)
        => build.Output.Split('\n')
            .Where(line => WarningPattern().IsMatch(line))
            .Select(line => line.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@":\s*warning\s+[A-Za-z]+\d+\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex WarningPattern();
}
