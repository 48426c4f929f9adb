using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Ebet.StatusCodes.Sample.Walkthrough;

/// <summary>Stands in for eBET: answers each call with the next status of a script, the last one for ever after.</summary>
internal sealed class FakeEbetEndpoint : HttpMessageHandler
{
    private readonly IReadOnlyList<EbetStatusCode> _script;
    private readonly Action<int, EbetStatusCode> _onCall;

    /// <param name="script">The statuses to answer with, in order.</param>
    /// <param name="onCall">Told the call's number (from 1) and its status, so the walk-through can show each call.</param>
    public FakeEbetEndpoint(IReadOnlyList<EbetStatusCode> script, Action<int, EbetStatusCode> onCall)
    {
        _script = script;
        _onCall = onCall;
    }

    public int Calls { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var status = _script[Math.Min(Calls, _script.Count - 1)];
        Calls++;
        _onCall(Calls, status);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new EbetResponse { Status = status, ApiVersion = "1.0" }),
        });
    }
}
