using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace Ebet.StatusCodes.Sample.Tests;

/// <summary>
/// The documented response type (samples/Ebet.StatusCodes.Sample/EbetResponse.cs, which the docs
/// quote verbatim) with default System.Text.Json options: a body that does not carry a numeric
/// status fails loudly instead of reading as 0, RechargeInProgress.
/// </summary>
public class EbetResponseTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("""{"Status":4026}""")]
    [InlineData("""{"status":"4026"}""")]
    [InlineData("""{"status":null}""")]
    [InlineData("""{"status":4026.5}""")]
    [InlineData("""{"status":"InvalidSignature"}""")]
    [InlineData("""{"apiVersion":"1.0"}""")]
    public void A_body_without_a_numeric_status_throws(string body)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EbetResponse>(body));

    [Fact]
    public void A_documented_status_reads_as_its_member()
    {
        var response = JsonSerializer.Deserialize<EbetResponse>("""{"status":4026,"apiVersion":"1.0"}""")!;

        Assert.Equal(EbetStatusCode.InvalidSignature, response.Status);
        Assert.Equal("1.0", response.ApiVersion);
    }

    [Fact]
    public void A_status_the_page_does_not_list_is_a_valid_answer_that_nothing_classifies()
    {
        var status = JsonSerializer.Deserialize<EbetResponse>("""{"status":4040}""")!.Status;

        Assert.Equal(4040, (int)status);
        Assert.False(status.IsDefined());
        Assert.Equal(EbetStatusCodeClass.Unknown, status.GetClass());
        Assert.False(status.IsSuccess() || status.IsPending() || status.IsIndeterminate() || status.IsRetryable() || status.IsRejected() || status.IsFatal());
    }

    /// <summary>ASP.NET Core's options: property names in any case, and often enums as strings.</summary>
    private static readonly JsonSerializerOptions s_webWithStringEnums = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void An_application_s_string_enum_converter_cannot_make_the_status_a_name()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EbetResponse>("""{"status":"InvalidSignature"}""", s_webWithStringEnums));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EbetResponse>("{}", s_webWithStringEnums));
        Assert.Equal(
            """{"status":200,"apiVersion":"1.0"}""",
            JsonSerializer.Serialize(new EbetResponse { Status = EbetStatusCode.Success, ApiVersion = "1.0" }, s_webWithStringEnums));
    }
}
