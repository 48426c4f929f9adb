using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;

namespace Ebet.StatusCodes.Sample;

/// <summary>A catalog's section of the report: every code, or a summary that says how to list them.</summary>
internal static class CatalogSections
{
    public static void Full(IReport report, Catalog catalog)
    {
        report.Section($"{catalog.Name}: {catalog.Entries.Count} codes");
        report.Text($"{catalog.Role}.");
        report.Codes(catalog);
    }

    /// <summary>What the classes in the tables mean: the legend of their colours, too.</summary>
    public static void Classes(IReport report)
    {
        report.Section("The classes (GetClass(), IsRetryable() and the other Is… methods)");
        report.Details(
            Enum.GetValues<EbetStatusCodeClass>()
                .OrderBy(@class => @class == EbetStatusCodeClass.Unknown)
                .Select(@class => new Detail(new Styled(@class.ToString(), @class), new Styled(Advice.Meaning(@class))))
                .ToArray());
    }

    /// <summary>The channel's answers: few, and each one of eBET's own codes.</summary>
    public static void ChannelSummary(IReport report, Catalog channel, Catalog responses)
    {
        report.Section($"{channel.Name}: {channel.Entries.Count} codes");
        var same = channel.Entries.All(entry => responses.Find(entry.Code) is { } response
            && response.Member == entry.Member && response.Class == entry.Class);
        report.Text(same
            ? $"{channel.Role}. Each has the number, name and class it has in {responses.Name}:"
            : $"{channel.Role}:");
        report.Items(channel.Entries.Select(entry => $"{Invariant.Text(entry.Code)} {entry.Member}").ToArray());
        report.Text("In full: --catalog channel", 2);
    }

    /// <summary>The client's prompts: many, and some of their numbers mean something else among eBET's answers.</summary>
    public static void ClientSummary(IReport report, Catalog client, Catalog responses)
    {
        report.Section($"{client.Name}: {client.Entries.Count} codes, {Ranges(client)}");
        report.Text($"{client.Role}. GetDescription() gives the page's i18n key; the messages are this project's.");
        var reused = client.Entries.Where(entry => responses.Find(entry.Code) is not null).Select(entry => Invariant.Text(entry.Code)).ToArray();
        if (reused.Length > 0)
        {
            report.Text($"These numbers mean something else in {responses.Name}; explain one (4027) to see both:", 2);
            report.Items(reused);
        }

        report.Text("In full: --catalog client", 2);
    }

    /// <summary>The runs of codes, split where the numbering jumps: "1001-1084 and 4000-4071".</summary>
    private static string Ranges(Catalog catalog)
    {
        var codes = catalog.Entries.Select(entry => entry.Code).Order().ToArray();
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= codes.Length; i++)
        {
            if (i == codes.Length || codes[i] - codes[i - 1] > 100)
            {
                runs.Add($"{Invariant.Text(codes[start])}-{Invariant.Text(codes[i - 1])}");
                start = i;
            }
        }

        return runs.Count == 1 ? runs[0] : string.Join(", ", runs.Take(runs.Count - 1)) + " and " + runs[^1];
    }
}
