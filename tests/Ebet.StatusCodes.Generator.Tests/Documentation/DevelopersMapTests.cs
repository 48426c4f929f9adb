using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Documentation;

/// <summary>DEVELOPERS.md's map of the generator names every source file it has, and only those.</summary>
public partial class DevelopersMapTests
{
    private static readonly string s_generator = Path.Combine(Fixtures.RepositoryRoot, "src", "Ebet.StatusCodes.Generator");

    /// <summary>The map's rows: the generator's section of DEVELOPERS.md, up to the next heading.</summary>
    private static string Map()
    {
        var text = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "DEVELOPERS.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("## The generator, file by file", StringComparison.Ordinal);
        Assert.True(start >= 0, "DEVELOPERS.md has no section '## The generator, file by file'.");
        var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>Every C# file of the generator, as a path relative to its folder with '/' separators.</summary>
    private static string[] SourceFiles()
        => Directory.EnumerateFiles(s_generator, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(s_generator, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The paths the map names in code spans: files (<c>Binding/TableSelector.cs</c>), patterns (<c>Diagnostics/DiagnosticDescriptors*.cs</c>) and folders (<c>Model/</c>).</summary>
    private static string[] MapPaths(string map) => CodeSpan().Matches(map).Select(match => match.Groups[1].Value).Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith('/')).Distinct().ToArray();

    [Fact]
    public void Every_source_file_of_the_generator_is_in_the_map()
    {
        var paths = MapPaths(Map());
        var missing = SourceFiles().Where(file => !paths.Any(path => Covers(path, file))).ToList();

        Assert.True(missing.Count == 0, "DEVELOPERS.md's map of the generator lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_file_the_map_names_exists()
    {
        var files = SourceFiles();
        var stale = MapPaths(Map()).Where(path => !path.EndsWith('/') && !files.Any(file => Covers(path, file))).ToList();

        Assert.True(stale.Count == 0, "DEVELOPERS.md's map names files the generator does not have: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData("Binding/TableSelector.cs", "Binding/TableSelector.cs", true)]
    [InlineData("Binding/TableSelector.cs", "Binding/TableSelectors.cs", false)]
    [InlineData("Diagnostics/DiagnosticDescriptors*.cs", "Diagnostics/DiagnosticDescriptors.Page.cs", true)]
    [InlineData("Model/", "Model/StatusTable.cs", true)]
    [InlineData("Model/", "Modeling/X.cs", false)]
    public void A_map_path_covers_a_file_by_name_pattern_or_folder(string path, string file, bool covers)
    {
        Assert.Equal(covers, Covers(path, file));
    }

    private static bool Covers(string path, string file)
        => path.EndsWith('/')
            ? file.StartsWith(path, StringComparison.Ordinal)
            : Regex.IsMatch(file, "^" + Regex.Escape(path).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "$");

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
