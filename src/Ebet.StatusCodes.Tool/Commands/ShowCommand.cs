using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Ebet.StatusCodes.Tool.Output;
using Ebet.StatusCodes.Tool.Showing;

namespace Ebet.StatusCodes.Tool.Commands;

/// <summary><c>statuscodes show PAGE [CODE...]</c>: the page's catalogs as the generated enums will be.</summary>
internal static class ShowCommand
{
    public static Command Create(ToolConsole console)
    {
        var page = new Argument<string>("page") { Description = "The vendor's page (with the overlay and culture files named after it)" };
        var codes = new Argument<int[]>("code")
        {
            Description = "Codes to show (all of them when none is given); exit 1 when one is in no enum of the page",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = ParseCodes,
        };
        var catalogOptions = new CatalogOptions();
        var command = new Command("show", "Show the page's catalogs as the generated enums will be: code, member, class and the message in each culture; a table on a terminal, tab-separated records when redirected")
        {
            page,
            codes,
        };
        catalogOptions.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var pagePath = result.GetValue(page)!;
            var inputs = await catalogOptions.PageInputsAsync(result, pagePath, cancellationToken).ConfigureAwait(false);
            return ShowRun.Run(inputs, pagePath, result.GetValue(codes) ?? [], console, cancellationToken);
        });
        return command;
    }

    private static int[] ParseCodes(ArgumentResult result)
    {
        var codes = new List<int>();
        foreach (var token in result.Tokens)
        {
            if (int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                codes.Add(code);
            }
            else
            {
                result.AddError($"'{token.Value}' is not a status code: give codes as integers (4026, -1).");
            }
        }

        return codes.ToArray();
    }
}
