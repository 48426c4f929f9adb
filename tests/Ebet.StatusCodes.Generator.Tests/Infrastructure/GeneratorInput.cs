using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>What a project gives the generator: additional files with their metadata, and build properties.</summary>
internal sealed class GeneratorInput
{
    public const string SpecDirectory = "/project/spec/";

    private readonly List<(string Path, string Text, Dictionary<string, string> Metadata)> _files = new();

    public Dictionary<string, string> GlobalOptions { get; } = new() { ["build_property.RootNamespace"] = "Test.Catalogs" };

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public List<string> Sources { get; } = new();

    public IReadOnlyList<(string Path, string Text, Dictionary<string, string> Metadata)> Files => _files;

    /// <summary>A catalog file (with StatusCodeEnum) under /project/spec/.</summary>
    public GeneratorInput Catalog(string fileName, string text, string enumName, string? culture = null, params (string Name, string Value)[] metadata)
    {
        var values = new Dictionary<string, string> { ["StatusCodeEnum"] = enumName };
        if (culture is not null)
        {
            values["StatusCodeCulture"] = culture;
        }

        foreach (var (name, value) in metadata)
        {
            values[name] = value;
        }

        _files.Add((SpecDirectory + fileName, text, values));
        return this;
    }

    /// <summary>Any other additional file (an overlay, a culture file, a stray markdown file).</summary>
    public GeneratorInput File(string fileName, string text)
    {
        _files.Add((SpecDirectory + fileName, text, new Dictionary<string, string>()));
        return this;
    }

    public GeneratorInput Source(string code)
    {
        Sources.Add(code);
        return this;
    }

    /// <summary>
    /// The real eBET catalog as the library configures it: the page as in spec/ (or another form of
    /// it), its overlay and culture files. With <paramref name="allCatalogs"/>, the three enums of
    /// today's page; otherwise a project with the response enum alone, read from the page's first
    /// table, whose side files hold only that enum's part (the generator rightly reports tables
    /// for enums the page does not generate).
    /// </summary>
    public static GeneratorInput EbetSpec(string? page = null, bool allCatalogs = false)
    {
        var input = allCatalogs
            ? new GeneratorInput().Catalog(
                "ebet-status-codes.md",
                page ?? Fixtures.Spec("ebet-status-codes.md"),
                "EbetStatusCode, EbetChannelResponseCode, EbetClientErrorCode",
                "zh-Hans",
                ("StatusCodeTable", "eBET响应的状态代码, 建议响应的状态代码, 客户端错误码"))
            : new GeneratorInput().Catalog("ebet-status-codes.md", page ?? Fixtures.Spec("ebet-status-codes.md"), "EbetStatusCode", "zh-Hans", ("StatusCodeTable", "1"));
        foreach (var side in new[] { "overlay", "en", "zh-Hans", "zh-Hant" })
        {
            var text = Fixtures.Spec("ebet-status-codes." + side + ".md");
            input.File("ebet-status-codes." + side + ".md", allCatalogs ? text : ResponseCodesOnly(text));
        }

        input.GlobalOptions["build_property.RootNamespace"] = "Ebet.StatusCodes";
        return input;
    }

    /// <summary>A side file of the eBET page without the parts for the channel and client enums.</summary>
    private static string ResponseCodesOnly(string text)
    {
        // A YAML comment in place of the client enum's front-matter key keeps every line where it was.
        var lines = text.Split('\n').Select(line => line.StartsWith("unknown-code-message.", System.StringComparison.Ordinal) ? "# " + line : line).ToList();
        var end = lines.FindIndex(line => line is "## EbetChannelResponseCode" or "## EbetClientErrorCode");
        return string.Join('\n', end < 0 ? lines : lines.Take(end)) + "\n";
    }

    public IEnumerable<AdditionalText> AdditionalTexts() => _files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text));

    public TestAnalyzerConfigOptionsProvider Options()
        => new(GlobalOptions, _files.GroupBy(file => file.Path).ToDictionary(group => group.Key, group => (IReadOnlyDictionary<string, string>)group.First().Metadata));
}
