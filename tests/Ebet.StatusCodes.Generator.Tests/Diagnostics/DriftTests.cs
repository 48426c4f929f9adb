using System;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Diagnostics;

/// <summary>
/// The common case: the vendor publishes a new page. The build must say exactly which codes
/// changed and what to add to the overlays, and keep compiling meanwhile.
/// </summary>
public class DriftTests
{
    [Fact]
    public void A_new_page_that_adds_removes_and_rewords_codes_is_reported_code_by_code()
    {
        // The seed's pipe table, whose rows are lines of their own (today's HTML page keeps a whole
        // table on one line): each change lands on a line of its own.
        var page = Fixtures.VendorPage(Fixtures.Seed)
            // eBET adds 4040 after 4038 ...
            .Replace("| 频繁请求                        |\n", "| 频繁请求                        |\n| <mark style=\"color:red;background-color:blue;\">**4040**</mark> | 游戏维护中 |\n", StringComparison.Ordinal)
            // ... drops 5003 ...
            .Replace("| <mark style=\"color:red;background-color:blue;\">**5003**</mark> | 子渠道不存在                      |\n", string.Empty, StringComparison.Ordinal)
            // ... and rewords 4026.
            .Replace("签名不对", "签名验证失败", StringComparison.Ordinal);
        Assert.NotEqual(Fixtures.VendorPage(Fixtures.Seed), page);

        var run = GeneratorHarness.Run(GeneratorInput.EbetSpec(page));

        // Lines are the files' own (1-based): the new row, the overlay's and culture files' tables.
        var report = run.Diagnostics
            .Select(diagnostic => (diagnostic.Id, File: System.IO.Path.GetFileName(diagnostic.Location.GetLineSpan().Path), Line: diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, Code: CodeIn(diagnostic)))
            .OrderBy(item => item.Id, StringComparer.Ordinal).ThenBy(item => item.File, StringComparer.Ordinal).ThenBy(item => item.Line)
            .ToArray();
        Assert.Equal(
            new[]
            {
                ("EBSC013", "ebet-status-codes.overlay.md", 64, "5003"),
                ("EBSC014", "ebet-status-codes.md", 35, "4040"),
                ("EBSC015", "ebet-status-codes.md", 28, "4026"),
                ("EBSC020", "ebet-status-codes.en.md", 15, "4040"),
                ("EBSC020", "ebet-status-codes.zh-Hant.md", 14, "4040"),
                ("EBSC021", "ebet-status-codes.en.md", 46, "5003"),
                ("EBSC021", "ebet-status-codes.zh-Hant.md", 45, "5003"),
            },
            report);

        var catalog = CompiledCatalog.Load(run, "Ebet.StatusCodes.EbetStatusCode");
        Assert.Equal("Code4040", catalog.ToStringFast(4040));
        Assert.Equal("游戏维护中", catalog.Message(4040, System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.False(catalog.IsDefined(5003));
        Assert.Equal("签名验证失败", catalog.Description(4026));
        Assert.Equal("Fatal", catalog.ClassOf(4026));
    }

    [Fact]
    public void The_fallback_name_warning_gives_the_overlay_row_to_add()
    {
        var page = Fixtures.VendorPage(Fixtures.Seed).Replace("| 频繁请求                        |\n", "| 频繁请求                        |\n| <mark>**4040**</mark> | 游戏维护中 |\n", StringComparison.Ordinal);

        var warning = Assert.Single(GeneratorHarness.Run(GeneratorInput.EbetSpec(page)).DiagnosticsWithId("EBSC014"));

        Assert.Equal(
            "Code 4040 ('游戏维护中') has no name in ebet-status-codes.overlay.md and is emitted as Code4040: add the row '| 4040 | <MemberName> | <Class> |' to name and classify it",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string CodeIn(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return new[] { "4040", "5003", "4026" }.Single(code => message.Contains(code, StringComparison.Ordinal));
    }
}
