using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ebet.StatusCodes.Sample.Catalogs;
using Ebet.StatusCodes.Sample.Output;

namespace Ebet.StatusCodes.Sample;

/// <summary>
/// Explains what a person asked about: each catalog's entry for it (a number can be in two, with
/// two meanings), and for a number eBET's answers do not list, what that means for a caller.
/// </summary>
internal static class CodeExplainer
{
    public static void Explain(IReport report, CodeQuery query, Catalog responses)
    {
        foreach (var entry in query.Matches)
        {
            report.Section($"{Invariant.Text(entry.Code)}: {entry.Catalog}.{entry.Member}");
            report.Details(Details(entry));
        }

        if (query.Number is { } number && responses.Find(number) is null)
        {
            NotAResponse(report, number, query.Matches.Count > 0, responses);
        }
    }

    private static Detail[] Details(CatalogEntry entry)
    {
        var details = new List<Detail> { new("Page", entry.PageText) };
        if (entry.SimplifiedChinese != entry.PageText)
        {
            details.Add(new Detail("zh-Hans", entry.SimplifiedChinese));
        }

        details.Add(new Detail("zh-Hant", entry.TraditionalChinese));
        details.Add(new Detail("English", entry.English));
        if (entry.Class != EbetStatusCodeClass.Unknown)
        {
            details.Add(new Detail("Class", entry.Class.ToString(), entry.Class));
        }

        details.Add(new Detail("Do", Advice.For(entry)));
        return details.ToArray();
    }

    /// <summary>
    /// A number that is not one of eBET's answers: what the generated enum does with it, and what
    /// a caller who gets it as a response's status should do. The vendor's rule: contact eBET.
    /// </summary>
    private static void NotAResponse(IReport report, int number, bool onAnotherTable, Catalog responses)
    {
        var status = (EbetStatusCode)number;
        report.Section(onAnotherTable
            ? $"{Invariant.Text(number)} as an API status: not one of eBET's answers"
            : $"{Invariant.Text(number)}: not on eBET's page");
        report.Text(onAnotherTable
            ? $"{responses.Name} does not list {Invariant.Text(number)}: as the status of an API response it is a code eBET has not documented."
            : $"None of the page's three tables lists {Invariant.Text(number)}: as the status of an API response it is a code eBET has not documented.");
        report.Details(new[]
        {
            new Detail("In code", $"(EbetStatusCode){Invariant.Text(number)}: IsDefined() {Invariant.Text(status.IsDefined())}, GetClass() {status.GetClass()}, {Classifiers(status)}"),
            new Detail("Message", status.GetMessage(CultureInfo.InvariantCulture)),
            new Detail("Do", Advice.For(status)),
        });
    }

    /// <summary>What the six Is… methods say, as the library promises it for a code the page does not list.</summary>
    private static string Classifiers(EbetStatusCode status)
        => status.IsSuccess() || status.IsPending() || status.IsIndeterminate() || status.IsRetryable() || status.IsRejected() || status.IsFatal()
            ? "one of the Is… methods true"
            : "IsSuccess() to IsFatal() all false";
}
