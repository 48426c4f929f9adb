using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace Ebet.StatusCodes.Sample;

/// <summary>
/// What an integrator does with the generated enum: read eBET's JSON response, decide with the
/// classifiers, and let a Polly retry pipeline retry exactly what IsRetryable() allows.
/// </summary>
internal static class IntegrationWalkthrough
{
    public static async Task RunAsync()
    {
        Console.WriteLine("1. Reading a response");
        const string body = """{"status":4026,"apiVersion":"1.0"}""";
        var response = JsonSerializer.Deserialize<EbetResponse>(body)!;
        Console.WriteLine($"   {body}");
        Console.WriteLine($"   -> {response.Status.ToStringFast()} ({response.Status.GetClass()}): {response.Status.GetMessage(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"   -> {Advice.For(response.Status)}");
        Console.WriteLine();

        Console.WriteLine("2. A status eBET adds tomorrow");
        var unknown = JsonSerializer.Deserialize<EbetResponse>("""{"status":4040}""")!;
        Console.WriteLine($"   IsDefined: {unknown.Status.IsDefined()}, IsRetryable: {unknown.Status.IsRetryable()}, message: {unknown.Status.GetMessage(CultureInfo.InvariantCulture)}");
        Console.WriteLine();

        Console.WriteLine("3. Retrying what may be retried (Polly, ShouldHandle = IsRetryable)");
        await CallWithRetryAsync(new[] { EbetStatusCode.SystemBusy, EbetStatusCode.TooManyRequests, EbetStatusCode.Success });
        Console.WriteLine();

        Console.WriteLine("4. Never retrying what must not be retried");
        await CallWithRetryAsync(new[] { EbetStatusCode.InvalidSignature, EbetStatusCode.Success });
    }

    private static async Task CallWithRetryAsync(IReadOnlyList<EbetStatusCode> script)
    {
        using var handler = new FakeEbetEndpoint(script);
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
                    Console.WriteLine($"   retry {arguments.AttemptNumber + 1} after {arguments.Outcome.Result!.Status.ToStringFast()}");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        var final = await pipeline.ExecuteAsync(
            async cancellationToken => (await client.GetFromJsonAsync<EbetResponse>("getusermoney", cancellationToken))!,
            CancellationToken.None);
        Console.WriteLine($"   final: {(int)final.Status} {final.Status.ToStringFast()} ({final.Status.GetClass()}) after {handler.Calls} call(s): {Advice.For(final.Status)}");
    }

    /// <summary>Stands in for eBET: answers each call with the next status of a script.</summary>
    private sealed class FakeEbetEndpoint : HttpMessageHandler
    {
        private readonly IReadOnlyList<EbetStatusCode> _script;

        public FakeEbetEndpoint(IReadOnlyList<EbetStatusCode> script) => _script = script;

        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var status = _script[Math.Min(Calls, _script.Count - 1)];
            Calls++;
            Console.WriteLine($"   call {Calls}: eBET answers {(int)status}");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new { status = (int)status, apiVersion = "1.0" }),
            });
        }
    }
}
