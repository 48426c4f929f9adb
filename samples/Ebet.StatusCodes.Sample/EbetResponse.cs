using System.Text.Json.Serialization;
using Ebet.StatusCodes;

namespace Ebet.StatusCodes.Sample;

/// <summary>The body of every eBET API response: {"status":4026,"apiVersion":"1.0"}.</summary>
public sealed class EbetResponse
{
    // required: a body without "status" throws a JsonException instead of reading as 0, which is
    // RechargeInProgress. The converter: eBET sends a JSON number, so a string or a null throws,
    // and a JsonStringEnumConverter in the application's options cannot turn it into a name.
    [JsonPropertyName("status")]
    [JsonConverter(typeof(JsonNumberEnumConverter<EbetStatusCode>))]
    public required EbetStatusCode Status { get; init; }

    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }
}
