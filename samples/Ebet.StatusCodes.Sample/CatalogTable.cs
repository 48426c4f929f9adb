using System;
using System.Globalization;
using System.Linq;

namespace Ebet.StatusCodes.Sample;

/// <summary>Prints every code of the vendor's page, as the generated enum has it.</summary>
internal static class CatalogTable
{
    private static readonly string[] s_header = { "Code", "Member", "Class", "English", "Chinese (the page)" };

    public static void Print()
    {
        Console.WriteLine($"eBET status codes: {EbetStatusCodeExtensions.Values.Count} codes, generated from spec/ebet-status-codes.md");
        Console.WriteLine();
        var rows = EbetStatusCodeExtensions.Values
            .Select(code => new[]
            {
                ((int)code).ToString(CultureInfo.InvariantCulture),
                code.ToStringFast(),
                code.GetClass().ToString(),
                code.GetMessage(CultureInfo.InvariantCulture),
                code.GetDescription(),
            })
            .ToList();
        TextTable.Write(Console.Out, s_header, rows);
        Console.WriteLine();
        Console.WriteLine($"Also generated from the page: EbetChannelResponseCode ({EbetChannelResponseCodeExtensions.Values.Count} codes a channel answers eBET's callbacks with)");
        Console.WriteLine($"and EbetClientErrorCode ({EbetClientErrorCodeExtensions.Values.Count} game-client codes, e.g. 1001 {EbetClientErrorCode.BaccaratPayoutInProgress.GetDescription()}: {EbetClientErrorCode.BaccaratPayoutInProgress.GetMessage(CultureInfo.InvariantCulture)})");
    }
}
