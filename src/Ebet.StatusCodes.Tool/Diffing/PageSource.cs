using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Tool.Documents;

namespace Ebet.StatusCodes.Tool.Diffing;

/// <summary>
/// A page to compare, from a file or from an <c>http(s)</c> address of the raw page (so CI can compare
/// its copy with the vendor's published one). An address must answer 200 with the markdown itself:
/// an error status, or an HTML page (a repository's web view instead of its raw file), is refused
/// with a message that says so.
/// </summary>
internal static class PageSource
{
    public static bool IsAddress(string source, out Uri address)
        => Uri.TryCreate(source, UriKind.Absolute, out address!) && address.Scheme is "http" or "https";

    public static async Task<TextDocument> ReadAsync(string source, HttpClient http, CancellationToken cancellationToken)
        => IsAddress(source, out var address)
            ? await DownloadAsync(address, http, cancellationToken).ConfigureAwait(false)
            : TextDocument.Read(source);

    private static async Task<TextDocument> DownloadAsync(Uri address, HttpClient http, CancellationToken cancellationToken)
    {
        byte[] body;
        string? mediaType;
        try
        {
            using var response = await http.GetAsync(address, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new ToolException($"{address} answered {(int)response.StatusCode} {Reason(response)}: give the address of the page's raw markdown.");
            }

            mediaType = response.Content.Headers.ContentType?.MediaType;
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new ToolException($"Could not download {address}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ToolException($"{address} did not answer within {http.Timeout.TotalSeconds:0} seconds.", exception);
        }

        if (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase) || LooksLikeHtmlDocument(body))
        {
            throw new ToolException($"{address} answered with an HTML page, not the page's markdown: give the address of the raw file (on GitHub, the 'Raw' button's address).");
        }

        return TextDocument.FromBytes(address.ToString(), body);
    }

    private static string Reason(HttpResponseMessage response)
        => response.ReasonPhrase is { Length: > 0 } reason ? reason : response.StatusCode.ToString();

    /// <summary>A whole HTML document (<c>&lt;!DOCTYPE html&gt;</c> or <c>&lt;html&gt;</c> first), which a markdown page with HTML tables never is.</summary>
    private static bool LooksLikeHtmlDocument(byte[] body)
    {
        var start = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The client the tool downloads with: a timeout, and no cookies or proxies' state kept between runs.</summary>
    public static HttpClient CreateClient()
        => new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
}
