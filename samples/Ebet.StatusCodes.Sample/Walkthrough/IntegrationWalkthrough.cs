using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Output;
using Polly;
using Polly.Retry;

namespace Ebet.StatusCodes.Sample.Walkthrough;

/// <summary>
/// What an integrator does with the generated enum: read eBET's JSON response, decide with the
/// classifiers, and let a Polly retry pipeline retry exactly what IsRetryable() allows.
/// </summary>
internal static class IntegrationWalkthrough
{
    private const int Indent = 3;

    public static async Task RunAsync(IReport report, CancellationToken cancellationToken)
    {
        report.Section("Integration walk-through (samples/Ebet.StatusCodes.Sample/Walkthrough)");
        report.Text("1. Reading a response (EbetResponse.cs: the type to copy)");
        var response = Read(report, """{"status":4026,"apiVersion":"1.0"}""")!;
        report.Text($"-> {response.Status.ToStringFast()} ({response.Status.GetClass()}): {response.Status.GetMessage(CultureInfo.InvariantCulture)}", Indent);
        report.Text($"-> {Advice.For(response.Status)}", Indent);

        report.Text("2. A status eBET adds tomorrow");
        var unknown = Read(report, """{"status":4040}""")!.Status;
        report.Text($"-> IsDefined() {Invariant.Text(unknown.IsDefined())}, IsRetryable() {Invariant.Text(unknown.IsRetryable())}: {unknown.GetMessage(CultureInfo.InvariantCulture)}", Indent);

        report.Text("3. No status, or not a number: an exception, never 0 (RechargeInProgress)");
        Read(report, "{}");
        Read(report, """{"status":"4026"}""");

        report.Text("4. Retrying what may be retried (Polly, ShouldHandle = IsRetryable())");
        await CallWithRetryAsync(report, new[] { EbetStatusCode.SystemBusy, EbetStatusCode.TooManyRequests, EbetStatusCode.Success }, cancellationToken);

        report.Text("5. Never retrying what must not be retried");
        await CallWithRetryAsync(report, new[] { EbetStatusCode.InvalidSignature, EbetStatusCode.Success }, cancellationToken);
    }

    /// <summary>Deserialises <paramref name="body"/> as an integration would, with default options, and shows what came of it.</summary>
    private static EbetResponse? Read(IReport report, string body)
    {
        report.Text(body, Indent);
        try
        {
            return JsonSerializer.Deserialize<EbetResponse>(body);
        }
        catch (JsonException exception)
        {
            report.Text($"-> JsonException: {exception.Message}", Indent);
            return null;
        }
    }

    private static async Task CallWithRetryAsync(IReport report, IReadOnlyList<EbetStatusCode> script, CancellationToken cancellationToken)
    {
        using var handler = new FakeEbetEndpoint(script, (call, status) => report.Text($"call {call}: eBET answers {Invariant.Text((int)status)}", Indent));
        using var client = new HttpClient(handler) { BaseAddress = new Uri("http://ebet.invalid/") };
        var pipeline = new ResiliencePipelineBuilder<EbetResponse>()
            .AddRetry(new RetryStrategyOptions<EbetResponse>
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } result && result.Status.IsRetryable()),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(20),
                UseJitter = true,
                OnRetry = arguments =>
                {
                    report.Text($"retry {arguments.AttemptNumber + 1} after {arguments.Outcome.Result!.Status.ToStringFast()}", Indent);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        var final = await pipeline.ExecuteAsync(
            async token => (await client.GetFromJsonAsync<EbetResponse>("getusermoney", token))!,
            cancellationToken);
        report.Text($"final: {Invariant.Text((int)final.Status)} {final.Status.ToStringFast()} ({final.Status.GetClass()}) after {handler.Calls} call(s): {Advice.For(final.Status)}", Indent);
    }
}
