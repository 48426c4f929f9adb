using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;

namespace Ebet.StatusCodes.Sample;

/// <summary>The sample's command line: what it accepts, its help, and which part of the sample each use runs.</summary>
internal static class SampleCommandLine
{
    /// <summary>How the README runs the sample: the name the help and the hints give it.</summary>
    public const string Invocation = "dotnet run --project samples/Ebet.StatusCodes.Sample --";

    private static readonly Dictionary<string, Catalog[]> s_catalogsByKey = new(StringComparer.Ordinal)
    {
        ["status"] = new[] { EbetCatalogs.Responses },
        ["channel"] = new[] { EbetCatalogs.ChannelResponses },
        ["client"] = new[] { EbetCatalogs.ClientErrors },
        ["all"] = EbetCatalogs.All.ToArray(),
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, SampleConsole console, CancellationToken cancellationToken)
    {
        var parseResult = Create(console).Parse(args);
        if (parseResult.Action is ParseErrorAction onError)
        {
            // The errors alone, on standard error: the whole help on standard output would bury them.
            onError.ShowHelp = false;
        }

        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
        if (parseResult.Errors.Count > 0)
        {
            await console.Error.WriteLineAsync($"Usage: {Invocation} [<code>...] [options]; --help says more.");
        }

        return exitCode;
    }

    private static RootCommand Create(SampleConsole console)
    {
        var codes = new Argument<CodeQuery[]>("code")
        {
            Description = "Codes or member names to explain, from any of the three catalogs: 4026, -1, InvalidSignature, EbetClientErrorCode.BetTimeOut. A number two catalogs list is shown in both.",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = ParseCodes,
        };
        var catalogs = new Option<string[]>("--catalog", "-c")
        {
            Description = "List a catalog in full: status (EbetStatusCode), channel (EbetChannelResponseCode), client (EbetClientErrorCode) or all. May be given more than once.",
            HelpName = "name",
        };
        catalogs.AcceptOnlyFromAmong(s_catalogsByKey.Keys.ToArray());
        var tsv = new Option<bool>("--tsv")
        {
            Description = "Write the codes of all three catalogs (or those of --catalog) as tab-separated values and nothing else: a header, then catalog, code, member, class, english, page, zh-Hans, zh-Hant.",
        };

        var root = new RootCommand("eBET's status codes, as the Ebet.StatusCodes library generates them from eBET's page (spec/ebet-status-codes.md). Without arguments: every code eBET answers API calls with, the other two catalogs in brief, and an integration walk-through.")
        {
            codes,
            catalogs,
            tsv,
        };
        root.HelpName = Invocation;
        if (console.Width is { } width && root.Options.OfType<HelpOption>().SingleOrDefault()?.Action is HelpAction help)
        {
            help.MaxWidth = width;
        }

        root.Validators.Add(result =>
        {
            if (result.GetValue(tsv) && result.GetValue(codes) is { Length: > 0 })
            {
                result.AddError("--tsv lists catalogs, it does not explain codes: give one or the other.");
            }
        });
        root.SetAction((parseResult, token) => SampleRun.RunAsync(
            console,
            parseResult.GetValue(codes) ?? [],
            (parseResult.GetValue(catalogs) ?? []).SelectMany(key => s_catalogsByKey[key]).Distinct().ToArray(),
            parseResult.GetValue(tsv),
            token));
        return root;
    }

    /// <summary>Each word a code or a name; one that is neither is an error the library reports with the others.</summary>
    private static CodeQuery[] ParseCodes(ArgumentResult result)
    {
        var queries = new List<CodeQuery>();
        foreach (var token in result.Tokens)
        {
            if (CodeQuery.TryParse(token.Value, EbetCatalogs.All, out var query, out var error))
            {
                queries.Add(query);
            }
            else
            {
                result.AddError(token.Value.StartsWith('-') ? $"Unknown option '{token.Value}'." : error);
            }
        }

        return queries.ToArray();
    }
}
