using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Configuration;
using Ebet.StatusCodes.Generator.Model;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Configuration;

/// <summary>The item's metadata, the public configuration contract, read and checked once per file.</summary>
public class CatalogMetadataTests
{
    private const string Path = "/p/spec/acme-codes.md";

    private static PageRequest? Read(Dictionary<string, string> metadata, Dictionary<string, string>? global = null, string path = Path)
    {
        var provider = new TestAnalyzerConfigOptionsProvider(
            global ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Root" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = metadata });
        return CatalogMetadata.Read(path, provider.GetOptions(new InMemoryAdditionalText(path, string.Empty)), provider.GlobalOptions);
    }

    [Fact]
    public void A_file_is_a_catalog_when_it_names_an_enum_or_the_convention_added_it_and_it_is_not_a_side_file()
    {
        Assert.Null(Read(new()));
        Assert.Equal(new[] { "AcmeCodes" }, Read(new() { ["StatusCodeConvention"] = "true" })!.EnumNames);
        Assert.True(Read(new() { ["StatusCodeConvention"] = "TRUE" })!.ByConvention);
        Assert.Null(Read(new() { ["StatusCodeConvention"] = "true" }, path: "/p/spec/acme-codes.en.md"));
        Assert.False(Read(new() { ["StatusCodeEnum"] = "Acme", ["StatusCodeConvention"] = "true" })!.ByConvention);
    }

    [Fact]
    public void A_list_of_enums_reads_its_tables_in_order_or_as_listed()
    {
        var inOrder = Read(new() { ["StatusCodeEnum"] = "A, B ,C" })!;
        var listed = Read(new() { ["StatusCodeEnum"] = "A, B", ["StatusCodeTable"] = "Errors, 3-5+7" })!;
        var single = Read(new() { ["StatusCodeEnum"] = "A" })!;

        Assert.Equal(new[] { ("A", "1"), ("B", "2"), ("C", "3") }, inOrder.Catalogs.Select(config => (config.EnumName, config.TableSelector)));
        Assert.Equal(new[] { "Errors", "3-5+7" }, listed.Catalogs.Select(config => config.TableSelector));
        Assert.Equal(string.Empty, single.Catalogs.Single().TableSelector);
    }

    [Fact]
    public void The_namespace_is_the_item_s_else_the_project_s_root_namespace()
    {
        Assert.Equal("Root", Read(new() { ["StatusCodeEnum"] = "A" })!.Catalogs[0].Namespace);
        Assert.Equal("Vendor.Api", Read(new() { ["StatusCodeEnum"] = "A", ["StatusCodeNamespace"] = " Vendor.Api " })!.Catalogs[0].Namespace);
        Assert.Equal(string.Empty, Read(new() { ["StatusCodeEnum"] = "A" }, new Dictionary<string, string>())!.Catalogs[0].Namespace);
    }

    [Fact]
    public void Cultures_are_kept_in_canonical_case_and_a_bad_one_is_reported_once_for_every_enum()
    {
        var request = Read(new() { ["StatusCodeEnum"] = "A, B", ["StatusCodeCulture"] = "zh-hans", ["StatusCodeNeutralCulture"] = "english" })!;

        Assert.All(request.Catalogs, config => Assert.Equal(("zh-Hans", string.Empty), (config.PageCulture, config.NeutralCulture)));
        var invalid = Assert.Single(request.Diagnostics);
        Assert.Equal(("EBSC022", "english"), (invalid.Id, invalid.Arguments[0]));
        Assert.Contains("StatusCodeNeutralCulture", invalid.Arguments[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Message_columns_are_pairs_each_culture_once_and_what_is_not_a_pair_is_reported()
    {
        var request = Read(new() { ["StatusCodeEnum"] = "A", ["StatusCodeMessageColumns"] = "en=English, EN=Description, =French, fr=, de, zh-hant = 中文" })!;

        Assert.Equal(new[] { new MessageColumn("en", "English"), new MessageColumn("zh-Hant", "中文") }, request.MessageColumns);
        Assert.Equal(new[] { "EBSC040", "EBSC041", "EBSC041", "EBSC041" }, request.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal(new[] { "=French", "fr=", "de" }, request.Diagnostics.Skip(1).Select(diagnostic => diagnostic.Arguments[1]));
    }

    [Fact]
    public void Lists_of_different_lengths_are_reported()
    {
        var request = Read(new() { ["StatusCodeEnum"] = "A, B, C", ["StatusCodeTable"] = "1, 2" })!;

        Assert.Equal(("EBSC035", "3", "2"), (request.Diagnostics.Single().Id, request.Diagnostics.Single().Arguments[1], request.Diagnostics.Single().Arguments[2]));
    }

    [Theory]
    [InlineData(null, null, CatalogConfig.Public, false)]
    [InlineData("internal", null, CatalogConfig.Internal, false)]
    [InlineData(" Internal ", "public", CatalogConfig.Internal, false)]
    [InlineData(null, "INTERNAL", CatalogConfig.Internal, false)]
    [InlineData("public", "internal", CatalogConfig.Public, false)]
    [InlineData("private", null, CatalogConfig.Public, true)]
    [InlineData(null, "file", CatalogConfig.Public, true)]
    public void Accessibility_is_the_item_s_else_the_project_s_else_public(string? item, string? project, string expected, bool reported)
    {
        var metadata = new Dictionary<string, string> { ["StatusCodeEnum"] = "A" };
        if (item is not null)
        {
            metadata["StatusCodeAccessibility"] = item;
        }

        var global = new Dictionary<string, string>();
        if (project is not null)
        {
            global["build_property.StatusCodeAccessibility"] = project;
        }

        var request = Read(metadata, global)!;

        Assert.Equal(expected, request.Catalogs.Single().Accessibility);
        Assert.Equal(reported ? new[] { "EBSC053" } : System.Array.Empty<string>(), request.Diagnostics.Select(diagnostic => diagnostic.Id));
    }
}
