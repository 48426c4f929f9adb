using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests;

public class StatusCodeGeneratorTests
{
    private const string SmallPage = "# Codes\n\n| Code | Description |\n| --- | --- |\n| 200 | OK |\n| -1 | Broken |\n";

    [Fact]
    public void The_eBET_catalog_generates_one_file_and_no_diagnostics()
    {
        var run = GeneratorHarness.Run(GeneratorInput.EbetSpec());

        Assert.True(run.Diagnostics.IsEmpty, run.DescribeDiagnostics());
        Assert.Empty(run.DriverDiagnostics);
        Assert.Equal("Ebet.StatusCodes.EbetStatusCode.g.cs", Assert.Single(run.GeneratedSources).HintName);
    }

    [Fact]
    public void Markdown_files_without_StatusCodeEnum_are_not_catalogs()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().File("README.md", SmallPage).File("notes.en.md", SmallPage));

        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Only_markdown_files_are_read()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.txt", SmallPage, "Codes").Catalog("codes.html", SmallPage, "More"));

        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void With_nothing_but_StatusCodeEnum_codes_get_fallback_names_and_one_info_says_how_to_name_them()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", SmallPage, "Codes"));

        // No overlay is a legitimate choice (a project that only wants the enum): information, not
        // a warning that fails -warnaserror. Its example names and row are the page's own.
        var info = Assert.Single(run.Diagnostics);
        Assert.Equal(("EBSC016", DiagnosticSeverity.Info), (info.Id, info.Severity));
        var message = info.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("codes.overlay.md", message, System.StringComparison.Ordinal);
        Assert.Contains("(Code200, CodeMinus1)", message, System.StringComparison.Ordinal);
        Assert.Contains("'| 200 | <MemberName> | <Class> |'", message, System.StringComparison.Ordinal);
        Assert.Equal(2, info.Location.GetLineSpan().StartLinePosition.Line);
        var catalog = CompiledCatalog.Load(run, "Test.Catalogs.Codes");
        Assert.Equal(new[] { "Code200", "CodeMinus1" }, catalog.Names);
        Assert.Equal("OK", catalog.Message(200, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Null(catalog.Class);
    }

    [Fact]
    public void The_namespace_is_the_root_namespace_unless_the_item_names_one()
    {
        var byRoot = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", SmallPage, "Codes"));
        var byItem = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", SmallPage, "Codes", null, ("StatusCodeNamespace", "Vendor.Api")));

        Assert.Contains("namespace Test.Catalogs", byRoot.Source, System.StringComparison.Ordinal);
        Assert.Contains("namespace Vendor.Api", byItem.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_the_same_whatever_the_order_of_the_additional_files()
    {
        var input = GeneratorInput.EbetSpec();
        var reversed = new GeneratorInput();
        foreach (var (path, text, metadata) in input.Files.Reverse())
        {
            if (metadata.Count > 0)
            {
                reversed.Catalog(System.IO.Path.GetFileName(path), text, metadata["StatusCodeEnum"], metadata["StatusCodeCulture"]);
            }
            else
            {
                reversed.File(System.IO.Path.GetFileName(path), text);
            }
        }

        reversed.GlobalOptions["build_property.RootNamespace"] = "Ebet.StatusCodes";
        Assert.Equal(GeneratorHarness.Run(input).Source, GeneratorHarness.Run(reversed).Source);
    }

    [Fact]
    public void Files_added_by_the_convention_are_catalogs_named_after_the_file_and_side_files_are_not()
    {
        var input = new GeneratorInput();
        input.Catalog("acme-codes.md", SmallPage, string.Empty, null, ("StatusCodeConvention", "true"));
        input.Catalog("acme-codes.en.md", "| Code | Message |\n| - | - |\n| 200 | Fine |\n", string.Empty, null, ("StatusCodeConvention", "true"));
        foreach (var file in input.Files)
        {
            file.Metadata.Remove("StatusCodeEnum");
        }

        var run = GeneratorHarness.Run(input);

        Assert.Equal("Test.Catalogs.AcmeCodes.g.cs", Assert.Single(run.GeneratedSources).HintName);
        Assert.Equal("Fine", CompiledCatalog.Load(run, "Test.Catalogs.AcmeCodes").Message(200, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Spec_files_without_a_status_table_are_not_catalogs_and_at_most_an_info_says_why()
    {
        var input = new GeneratorInput()
            .Catalog("README.md", "# Our vendor pages\n\nPaste the vendor's pages here.\n", string.Empty, null, ("StatusCodeConvention", "true"))
            .Catalog("broken.md", "# Codes\n\n| Number | Text |\n| - | - |\n| 1 | one |\n", string.Empty, null, ("StatusCodeConvention", "true"));
        foreach (var file in input.Files)
        {
            file.Metadata.Remove("StatusCodeEnum");
        }

        var run = GeneratorHarness.Run(input);

        // A table with a description column and no code column may be anything (a table of API
        // fields): the file the convention picked up is not a catalog, and an info says how to make it one.
        var info = Assert.Single(run.Diagnostics);
        Assert.Equal(("EBSC042", DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.EndsWith("broken.md", info.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Contains("StatusCodeCodeColumn", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void The_same_path_given_twice_is_read_once()
    {
        var input = new GeneratorInput().Catalog("codes.md", SmallPage, "Codes").Catalog("codes.md", SmallPage, "Codes").File("codes.en.md", "| Code | Message |\n| - | - |\n| 200 | OK |\n| -1 | Broken |\n").File("codes.en.md", "| Code | Message |\n| - | - |\n| 200 | OK |\n| -1 | Broken |\n");

        var run = GeneratorHarness.Run(input);

        Assert.Empty(run.DriverDiagnostics);
        Assert.Equal(new[] { "EBSC016" }, run.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal("Test.Catalogs.Codes.g.cs", Assert.Single(run.GeneratedSources).HintName);
    }

    [Fact]
    public void A_side_file_s_own_problem_is_reported_once_however_many_catalogs_its_page_has()
    {
        var page = "## A\n\n| Code | Description |\n| - | - |\n| 1 | one |\n\n## B\n\n| Code | Description |\n| - | - |\n| 2 | two |\n";
        var input = new GeneratorInput()
            .Catalog("codes.md", page, "First, Second")
            .File("codes.overlay.md", "## First\n\n| Code | Colour |\n| - | - |\n| 1 | red |\n");

        var run = GeneratorHarness.Run(input);

        Assert.Single(run.DiagnosticsWithId("EBSC017"));
        Assert.Equal(2, run.GeneratedSources.Length);
    }

    [Fact]
    public void A_spec_file_named_like_a_side_file_of_no_catalog_is_not_read_and_an_info_says_why()
    {
        var input = new GeneratorInput()
            .Catalog("payments.v2.md", SmallPage, string.Empty, null, ("StatusCodeConvention", "true"));
        input.Files[0].Metadata.Remove("StatusCodeEnum");

        var run = GeneratorHarness.Run(input);

        Assert.Empty(run.GeneratedSources);
        var info = Assert.Single(run.Diagnostics);
        Assert.Equal(("EBSC044", DiagnosticSeverity.Info), (info.Id, info.Severity));
    }
}
