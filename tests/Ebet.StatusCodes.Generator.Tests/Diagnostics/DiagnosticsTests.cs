using System;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Diagnostics;

/// <summary>
/// Every diagnostic, triggered by the input a hurried paste produces, pointing at the line and
/// column of the offending cell (1-based here, as the IDE shows them). Whatever is reported, the
/// generated code still compiles.
/// </summary>
public class DiagnosticsTests
{
    private const string Header = "| Code | Description |\n| --- | --- |\n";

    private static GeneratorRun Page(string page, string? overlay = null, params (string Name, string Text)[] files)
    {
        var input = new GeneratorInput().Catalog("codes.md", page, "Codes");
        if (overlay is not null)
        {
            input.File("codes.overlay.md", overlay);
        }

        foreach (var (name, text) in files)
        {
            input.File(name, text);
        }

        var run = GeneratorHarness.Run(input);
        AssertOutputCompiles(run);
        return run;
    }

    private static void AssertOutputCompiles(GeneratorRun run)
    {
        var errors = run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Empty(run.DriverDiagnostics);
    }

    private static Diagnostic Expect(GeneratorRun run, string id, string fileName, int line, int column)
    {
        var diagnostic = Assert.Single(run.DiagnosticsWithId(id));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(GeneratorInput.SpecDirectory + fileName, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.EndsWith("#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        return diagnostic;
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void EBSC001_a_file_without_a_status_table()
    {
        var run = Page("# Codes\n\nThe vendor forgot the table.\n");

        Assert.Equal(DiagnosticSeverity.Error, Expect(run, "EBSC001", "codes.md", 1, 1).Severity);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void EBSC002_a_table_without_a_code_column()
    {
        Expect(Page("\n| Number | Description |\n| --- | --- |\n| 1 | one |\n"), "EBSC002", "codes.md", 2, 1);
    }

    [Fact]
    public void EBSC003_a_table_without_a_description_column()
    {
        Expect(Page("| Code | Meaning of life |\n| --- | --- |\n| 1 | one |\n"), "EBSC003", "codes.md", 1, 1);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("１２")]
    [InlineData("")]
    [InlineData("0x10")]
    public void EBSC004_a_code_that_is_not_an_integer(string code)
    {
        var run = Page(Header + "| 1 | one |\n| " + code + " | bad |\n| 3 | three |\n");

        var diagnostic = Expect(run, "EBSC004", "codes.md", 4, code.Length == 0 ? 2 : 3);
        Assert.Contains("'" + code + "'", Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal(new[] { "Code1", "Code3" }, CompiledCatalog.Load(run, "Test.Catalogs.Codes").Names);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999")]
    public void EBSC005_a_code_out_of_int_range(string code)
    {
        Expect(Page(Header + "| " + code + " | huge |\n"), "EBSC005", "codes.md", 3, 3);
    }

    [Fact]
    public void EBSC006_a_code_listed_twice()
    {
        var run = Page(Header + "| 1 | one |\n| 2 | two |\n| 1 | uno |\n");

        Assert.Contains("line 3", Message(Expect(run, "EBSC006", "codes.md", 5, 3)), StringComparison.Ordinal);
        Assert.Equal("one", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Description(1));
    }

    [Theory]
    [InlineData("| 1 |", "1 cell")]
    [InlineData("| 1 | one | extra |", "3 cells")]
    public void EBSC007_a_row_with_missing_or_extra_cells(string row, string count)
    {
        var run = Page(Header + row + "\n");

        Assert.Contains(count, Message(Expect(run, "EBSC007", "codes.md", 3, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void EBSC008_an_empty_description()
    {
        Expect(Page(Header + "| 1 |  |\n"), "EBSC008", "codes.md", 3, 6);
    }

    [Theory]
    [InlineData("2Fast")]
    [InlineData("Has Space")]
    [InlineData("dash-ed")]
    [InlineData("value__")]
    public void EBSC010_an_overlay_name_that_is_not_an_identifier(string name)
    {
        var run = Page(Header + "| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | " + name + " |\n");

        Expect(run, "EBSC010", "codes.overlay.md", 3, 7);
        Assert.Equal(new[] { "Code1" }, CompiledCatalog.Load(run, "Test.Catalogs.Codes").Names);
    }

    [Fact]
    public void EBSC011_an_overlay_name_used_twice()
    {
        var run = Page(Header + "| 1 | one |\n| 2 | two |\n", "| Code | Member |\n| - | - |\n| 1 | Same |\n| 2 | Same |\n");

        Expect(run, "EBSC011", "codes.overlay.md", 4, 7);
        Assert.Equal(new[] { "Same", "Code2" }, CompiledCatalog.Load(run, "Test.Catalogs.Codes").Names);
    }

    [Fact]
    public void EBSC012_an_unknown_class()
    {
        var run = Page(Header + "| 1 | one |\n", "| Code | Member | Class |\n| - | - | - |\n| 1 | One | Transient |\n");

        Expect(run, "EBSC012", "codes.overlay.md", 3, 13);
        Assert.Null(CompiledCatalog.Load(run, "Test.Catalogs.Codes").Class);
    }

    [Fact]
    public void EBSC013_a_stale_overlay_row()
    {
        Expect(Page(Header + "| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | One |\n| 9 | Gone |\n"), "EBSC013", "codes.overlay.md", 4, 3);
    }

    [Fact]
    public void EBSC014_a_page_code_without_an_overlay_row()
    {
        var run = Page(Header + "| 1 | one |\n| 2 | two |\n", "| Code | Member |\n| - | - |\n| 1 | One |\n");

        var diagnostic = Expect(run, "EBSC014", "codes.md", 4, 3);
        Assert.Contains("| 2 | <MemberName> | <Class> |", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("Code2", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void EBSC015_a_code_the_vendor_reworded()
    {
        var run = Page(Header + "| 1 | one, reworded |\n", "| Code | Member | Vendor text |\n| - | - | - |\n| 1 | One | one |\n");

        var message = Message(Expect(run, "EBSC015", "codes.md", 3, 3));
        Assert.Contains("'one, reworded'", message, StringComparison.Ordinal);
        Assert.Contains("'one'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EBSC016_no_overlay_at_all()
    {
        Expect(Page("\n" + Header + "| 1 | one |\n"), "EBSC016", "codes.md", 2, 1);
    }

    [Theory]
    [InlineData("| Number | Member |\n| - | - |\n| 1 | One |\n", "code")]
    [InlineData("| Code | Whatever |\n| - | - |\n| 1 | One |\n", "member-name")]
    public void EBSC017_an_overlay_table_without_a_required_column(string overlay, string column)
    {
        Assert.Contains(" " + column + " column", Message(Expect(Page(Header + "| 1 | one |\n", overlay), "EBSC017", "codes.overlay.md", 1, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void EBSC020_a_culture_file_missing_a_code()
    {
        var run = Page(Header + "| 1 | one |\n| 2 | two |\n", "| Code | Member |\n| - | - |\n| 1 | One |\n| 2 | Two |\n", ("codes.fr.md", "# fr\n\n| Code | Message |\n| - | - |\n| 1 | un |\n"));

        Expect(run, "EBSC020", "codes.fr.md", 3, 1);
        Assert.Equal("two", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Message(2, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void EBSC021_a_culture_file_naming_a_code_the_page_lacks()
    {
        var run = Page(Header + "| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | One |\n", ("codes.fr.md", "| Code | Message |\n| - | - |\n| 1 | un |\n| 7 | sept |\n"));

        Expect(run, "EBSC021", "codes.fr.md", 4, 3);
    }

    [Fact]
    public void EBSC022_a_culture_file_with_an_invalid_tag()
    {
        var run = Page(Header + "| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | One |\n", ("codes.english.md", "| Code | Message |\n| - | - |\n| 1 | One |\n"));

        Assert.Contains("'english'", Message(Expect(run, "EBSC022", "codes.english.md", 1, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void EBSC022_an_invalid_page_culture_in_the_metadata()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", Header + "| 1 | one |\n", "Codes", "chinese"));

        Assert.Single(run.DiagnosticsWithId("EBSC022"));
    }

    [Fact]
    public void EBSC023_an_unknown_code_message_without_its_placeholder()
    {
        var run = Page(Header + "| 1 | one |\n", "| Code | Member |\n| - | - |\n| 1 | One |\n", ("codes.en.md", "---\nunknown-code-message: Unknown code\n---\n| Code | Message |\n| - | - |\n| 1 | One |\n"));

        Expect(run, "EBSC023", "codes.en.md", 2, 1);
        Assert.Equal("Unknown status code 9.", CompiledCatalog.Load(run, "Test.Catalogs.Codes").Message(9, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("codes")]
    [InlineData("class")]
    [InlineData("2Codes")]
    [InlineData("My Codes")]
    public void EBSC030_an_enum_name_that_is_not_a_type_name(string name)
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", Header + "| 1 | one |\n", name));

        Assert.Single(run.DiagnosticsWithId("EBSC030"));
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void EBSC031_an_invalid_namespace()
    {
        var run = GeneratorHarness.Run(new GeneratorInput().Catalog("codes.md", Header + "| 1 | one |\n", "Codes", null, ("StatusCodeNamespace", "Vendor..Codes")));

        Assert.Single(run.DiagnosticsWithId("EBSC031"));
    }

    [Fact]
    public void EBSC032_two_catalogs_that_would_emit_the_same_type()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("a.md", Header + "| 1 | one |\n", "Codes")
            .Catalog("b.md", Header + "| 2 | two |\n", "Codes"));

        var diagnostic = Assert.Single(run.DiagnosticsWithId("EBSC032"));
        Assert.Equal(GeneratorInput.SpecDirectory + "b.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Single(run.GeneratedSources);
        AssertOutputCompiles(run);
    }

    [Fact]
    public void EBSC032_an_enum_whose_name_collides_with_another_catalogs_kind_enum()
    {
        var run = GeneratorHarness.Run(new GeneratorInput()
            .Catalog("a.md", Header + "| 1 | one |\n", "Codes")
            .Catalog("b.md", Header + "| 2 | two |\n", "CodesClass"));

        Assert.Single(run.DiagnosticsWithId("EBSC032"));
        AssertOutputCompiles(run);
    }

    [Theory]
    [InlineData("| Code | Description |\n| --- | --- |\n", 1)]
    [InlineData("<table><thead><tr><th>Code</th><th>Description</th></tr></thead><tbody></tbody></table>\n", 15)]
    public void EBSC039_a_table_without_rows_gives_an_enum_without_members_that_compiles_without_warnings(string page, int headerColumn)
    {
        var run = Page(page);

        Expect(run, "EBSC039", "codes.md", 1, headerColumn);
        var warnings = run.OutputCompilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(warnings);
        Assert.Empty(CompiledCatalog.Load(run, "Test.Catalogs.Codes").Values);
    }

    [Fact]
    public void EBSC099_an_unexpected_failure_is_one_diagnostic_on_the_file_never_CS8785()
    {
        var input = new GeneratorInput().Catalog("codes.md", Header + "| 1 | one |\n", "Codes");
        var texts = new AdditionalText[] { new ThrowingAdditionalText(GeneratorInput.SpecDirectory + "codes.md", () => new System.IO.InvalidDataException("the disk said no")) };
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new StatusCodeGenerator().AsSourceGenerator() },
            texts,
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(),
            input.Options());
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer", references: ReferenceAssemblies.Net100);

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var driverDiagnostics);

        Assert.DoesNotContain(driverDiagnostics, diagnostic => diagnostic.Id.StartsWith("CS", StringComparison.Ordinal));
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("EBSC099", diagnostic.Id);
        Assert.Equal(GeneratorInput.SpecDirectory + "codes.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("InvalidDataException", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_documented_in_docs_diagnostics_and_the_release_tracking_files()
    {
        var docs = RepoDocs.Text("docs/diagnostics.md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var unshipped = RepoDocs.Text("src/Ebet.StatusCodes.Generator/AnalyzerReleases.Unshipped.md");
        foreach (var descriptor in Generator.Diagnostics.DiagnosticDescriptors.All)
        {
            var id = descriptor.Id;
            var severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant();
            var indexRow = "| [" + id + "](#" + id.ToLowerInvariant() + ") | " + severity + " | " + descriptor.Title + " |";
            var sectionStart = "## " + id + "\n\n**" + descriptor.Title + "** (" + severity + ")\n";
            Assert.True(docs.Contains(indexRow, StringComparison.Ordinal), $"docs/diagnostics.md's index lacks the row: {indexRow}");
            Assert.True(docs.Contains(sectionStart, StringComparison.Ordinal), $"docs/diagnostics.md lacks the section that starts:\n{sectionStart}");
            Assert.Contains(id + " | Ebet.StatusCodes | " + descriptor.DefaultSeverity, unshipped, StringComparison.Ordinal);
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void The_catalogue_lists_every_descriptor_once_in_ID_order()
    {
        var ids = Generator.Diagnostics.DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToList();

        Assert.Contains("EBSC001", ids);
        Assert.Contains("EBSC099", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_help_link_opens_the_diagnostics_own_section_of_docs_diagnostics()
    {
        var page = Generator.ProjectInfo.RepositoryUrl + "/blob/main/docs/diagnostics.md";
        var anchors = RepoDocs.Anchors(RepoDocs.Text("docs/diagnostics.md"));
        foreach (var descriptor in Generator.Diagnostics.DiagnosticDescriptors.All)
        {
            var link = descriptor.HelpLinkUri;
            Assert.StartsWith(page + "#", link, StringComparison.Ordinal);
            var fragment = link.Substring(page.Length + 1);
            Assert.Equal(descriptor.Id.ToLowerInvariant(), fragment);
            Assert.True(anchors.Contains(fragment), $"docs/diagnostics.md has no heading whose anchor is #{fragment} ({descriptor.Id}'s help link); add the section '## {descriptor.Id}'.");
        }
    }

    [Fact]
    public void Every_section_of_docs_diagnostics_is_a_diagnostic_the_generator_reports()
    {
        var ids = Generator.Diagnostics.DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var sections = RepoDocs.Headings(RepoDocs.Text("docs/diagnostics.md"))
            .Where(heading => System.Text.RegularExpressions.Regex.IsMatch(heading, "EBSC[0-9]"))
            .ToList();

        foreach (var heading in sections)
        {
            // A heading that names an ID is that ID alone, so that its anchor is the help link's.
            Assert.True(ids.Contains(heading), $"docs/diagnostics.md has the heading '{heading}', which is not a diagnostic ID the generator reports (a stale section, or more than the ID in the heading).");
        }

        Assert.Equal(sections.Count, sections.Distinct(StringComparer.Ordinal).Count());
    }
}
