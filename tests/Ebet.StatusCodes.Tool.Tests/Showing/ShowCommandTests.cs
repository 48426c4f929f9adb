using System;
using System.Linq;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Tests.Infrastructure;
using Ebet.StatusCodes.Tool.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Tool.Tests.Showing;

/// <summary>show: a page's enums as generated, for a terminal of any width and for a pipe.</summary>
public sealed class ShowCommandTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(40)]
    public async Task On_a_terminal_no_line_is_wider_than_it_and_members_and_classes_stay_whole(int width)
    {
        var result = await ToolRunner.InTerminalAsync(width, new[] { "show", Fixtures.SpecPath(Fixtures.Page) }.Concat(Fixtures.EbetOptions).ToArray());

        Assert.True(result.ExitCode == 0, result.Describe());
        var tooWide = result.Lines.Where(line => TerminalCells.Width(line) > width).ToArray();
        Assert.True(tooWide.Length == 0, $"Wider than {width} cells:\n{string.Join('\n', tooWide)}");
        Assert.Contains(result.Lines, line => line.Contains("4026", StringComparison.Ordinal) && line.Contains("InvalidSignature", StringComparison.Ordinal) && line.Contains("Fatal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirected_it_is_a_record_per_code_with_a_message_per_culture()
    {
        var result = await ToolRunner.RunAsync(new[] { "show", Fixtures.SpecPath(Fixtures.Page), "4026", "1001" }.Concat(Fixtures.EbetOptions).ToArray());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[]
            {
                "catalog\tcode\tmember\tclass\tdescription\tmessage:en\tmessage:zh-Hans\tmessage:zh-Hant",
                "EbetStatusCode\t4026\tInvalidSignature\tFatal\t签名不对\tInvalid signature.\t签名不对\t簽名不正確",
                "EbetChannelResponseCode\t4026\tInvalidSignature\tFatal\t签名不对\tInvalid signature.\t签名不对\t簽名不正確",
            },
            result.Lines.Take(3));
        Assert.StartsWith("EbetClientErrorCode\t1001\tBaccaratPayoutInProgress\t", result.Lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_no_enum_lists_exits_1_and_a_word_that_is_no_code_is_an_argument_error()
    {
        var unknown = await ToolRunner.RunAsync(new[] { "show", Fixtures.SpecPath(Fixtures.Page), "4099" }.Concat(Fixtures.EbetOptions).ToArray());
        var word = await ToolRunner.RunAsync("show", Fixtures.SpecPath(Fixtures.Page), "InvalidSignature");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("4099: no enum of", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, word.ExitCode);
        Assert.Contains("'InvalidSignature' is not a status code", word.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_a_vendor_without_settings_shows_its_fallback_names()
    {
        using var folder = AcmeFiles.Create(overlay: string.Empty);

        var result = await ToolRunner.RunAsync("show", folder.PathOf(AcmeFiles.Page));

        Assert.Contains("AcmeCodes\t1001\tCode1001\tUnknown\tInvalid token\tThe token is invalid.\tInvalid token\tLe jeton est invalide.", result.Lines);
    }
}
