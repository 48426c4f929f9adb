using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Sample.Tests;

/// <summary>Explaining codes: any code or member of any catalog, several at once, honest about codes no table lists.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task A_client_code_is_explained_from_the_client_catalog()
    {
        var result = await SampleRunner.RedirectedAsync("1001");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1001: EbetClientErrorCode.BaccaratPayoutInProgress", result.Output, StringComparison.Ordinal);
        Assert.Contains("bacc_warning_payouting", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not on eBET's page", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_on_two_tables_is_explained_from_both()
    {
        var result = await SampleRunner.RedirectedAsync("4027");

        Assert.Contains("4027: EbetStatusCode.IpNotAllowed", result.Output, StringComparison.Ordinal);
        Assert.Contains("4027: EbetChannelResponseCode.IpNotAllowed", result.Output, StringComparison.Ordinal);
        Assert.Contains("4027: EbetClientErrorCode.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_codes_are_each_explained_in_order()
    {
        var result = await SampleRunner.RedirectedAsync("4026", "4025");

        var first = result.Output.IndexOf("4026: EbetStatusCode.InvalidSignature", StringComparison.Ordinal);
        var second = result.Output.IndexOf("4025: EbetStatusCode.InvalidParameter", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, result.Output);
    }

    [Theory]
    [InlineData("BetTimeOut", "1008: EbetClientErrorCode.BetTimeOut")]
    [InlineData("bettimeout", "1008: EbetClientErrorCode.BetTimeOut")]
    [InlineData("EbetClientErrorCode.InsufficientBalance", "1014: EbetClientErrorCode.InsufficientBalance")]
    [InlineData("-1", "-1: EbetStatusCode.RechargeRecordNotFound")]
    public async Task A_member_of_any_catalog_or_a_negative_code_is_explained(string argument, string heading)
    {
        var result = await SampleRunner.RedirectedAsync(argument);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(heading, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_catalog_prefix_keeps_the_other_catalogs_out()
    {
        var result = await SampleRunner.RedirectedAsync("EbetClientErrorCode.InsufficientBalance");

        Assert.DoesNotContain("1003", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_only_the_client_lists_is_also_answered_as_an_api_status()
    {
        var result = await SampleRunner.RedirectedAsync("4040");

        Assert.Contains("4040: EbetClientErrorCode.FriendBatchMoreThanTen", result.Output, StringComparison.Ordinal);
        Assert.Contains("4040 as an API status: not one of eBET's answers", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"IsDefined\(\) false, GetClass\(\) Unknown, IsSuccess\(\) to IsFatal\(\) all false", result.Output);
        Assert.Contains("contact eBET", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_on_no_table_gets_an_honest_answer()
    {
        var result = await SampleRunner.RedirectedAsync("4099");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("4099: not on eBET's page", result.Output, StringComparison.Ordinal);
        Assert.Contains("Unknown eBET status code 4099.", result.Output, StringComparison.Ordinal);
        Assert.Contains("treat it as an error, log it and contact eBET", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_help()
    {
        var result = await SampleRunner.RedirectedAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project samples/Ebet.StatusCodes.Sample -- [<code>...] [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("--catalog", result.Output, StringComparison.Ordinal);
        Assert.Contains("--tsv", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("garbage", "'garbage' is neither a status code nor a member")]
    [InlineData("--foo", "Unknown option '--foo'.")]
    [InlineData("Foo.Bar", "'Foo' is not a catalog")]
    [InlineData("99999999999", "out of the range of status codes")]
    [InlineData("4026 garbage", "'garbage' is neither")]
    [InlineData("--tsv 4026", "--tsv lists catalogs")]
    [InlineData("--catalog nope", "'nope' not recognized")]
    public async Task Bad_input_is_a_clear_message_on_standard_error_and_a_failing_exit_code(string arguments, string message)
    {
        var result = await SampleRunner.RedirectedAsync(arguments.Split(' '));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("--help says more", result.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bat \S+\(", result.Error);
        Assert.Empty(result.Output.Trim());
    }

    [Fact]
    public async Task A_catalog_is_listed_in_full_on_request()
    {
        var result = await SampleRunner.RedirectedAsync("--catalog", "client");

        var records = result.Lines.Count(line => line.StartsWith("EbetClientErrorCode\t", StringComparison.Ordinal));
        Assert.Equal(EbetClientErrorCodeExtensions.Values.Count, records);
        Assert.DoesNotContain("walk-through", result.Output, StringComparison.Ordinal);
    }
}
