using System.Collections.Generic;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Configuration;

/// <summary>What each additional markdown file is to the generator: a catalog, a side file or neither.</summary>
public class InputFileTests
{
    private static InputFile Classify(string path, Dictionary<string, string> metadata)
    {
        var provider = new TestAnalyzerConfigOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Root" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = metadata });
        return InputFile.Classify(new InMemoryAdditionalText(path, string.Empty), provider);
    }

    [Fact]
    public void A_file_that_names_an_enum_is_a_catalog_even_when_its_name_reads_as_a_side_file()
    {
        var file = Classify("/p/codes.en.md", new() { ["StatusCodeEnum"] = "Codes" });

        Assert.Equal(new[] { "Codes" }, file.Page!.EnumNames);
        Assert.Equal(((string?)null, string.Empty, false), (file.PagePath, file.CultureTag, file.ByConvention));
    }

    [Theory]
    [InlineData("/p/spec/codes.en.md", "/p/spec/codes.md", "en")]
    [InlineData("/p/spec/codes.zh-Hant.md", "/p/spec/codes.md", "zh-Hant")]
    [InlineData("/p/spec/codes.overlay.md", "/p/spec/codes.md", "")]
    public void A_side_file_names_its_page_and_culture(string path, string pagePath, string cultureTag)
    {
        var file = Classify(path, new() { ["StatusCodeConvention"] = "true" });

        Assert.Null(file.Page);
        Assert.Equal((pagePath, cultureTag, true), (file.PagePath, file.CultureTag, file.ByConvention));
    }

    [Fact]
    public void Any_other_file_is_neither()
    {
        var file = Classify("/p/docs/notes.md", new());

        Assert.Null(file.Page);
        Assert.Equal(((string?)null, string.Empty, false), (file.PagePath, file.CultureTag, file.ByConvention));
        Assert.Equal("/p/docs/notes.md", file.Path);
    }
}
