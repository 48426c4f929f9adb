using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Ebet.StatusCodes.Sample.Catalogs;

/// <summary>
/// What a person asked about, and what every catalog has for it: a number (4026, -1), a member name
/// (InvalidSignature, any case) or a member of one catalog (EbetClientErrorCode.BetTimeOut).
/// </summary>
/// <param name="Number">The code asked about, when the word is a number: it may be on no table at all.</param>
/// <param name="Matches">Every catalog's entry for it, in the page's order of the catalogs.</param>
internal sealed record CodeQuery(int? Number, IReadOnlyList<CatalogEntry> Matches)
{
    /// <summary>Reads one word; false, with a message for the person, when it names nothing.</summary>
    public static bool TryParse(string text, IReadOnlyList<Catalog> catalogs, out CodeQuery query, out string error)
    {
        error = string.Empty;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            query = new CodeQuery(number, Matching(catalogs, catalog => catalog.Find(number)));
            return true;
        }

        if (IsDigits(text.TrimStart('-', '+')))
        {
            query = new CodeQuery(null, []);
            error = $"'{text}' is out of the range of status codes, which are 32-bit integers.";
            return false;
        }

        var (searched, member) = Qualified(text, catalogs);
        query = new CodeQuery(null, searched is null ? [] : Matching(searched, catalog => catalog.FindMember(member)));
        if (searched is null)
        {
            error = $"'{text[..text.LastIndexOf('.')]}' is not a catalog: use {Names(catalogs)}.";
        }
        else if (query.Matches.Count == 0)
        {
            error = $"'{text}' is neither a status code nor a member of {Names(searched)}. Try 4026, InvalidSignature or EbetClientErrorCode.BetTimeOut.";
        }

        return error.Length == 0;
    }

    /// <summary>The catalogs a name is looked up in: the one its prefix names, every one without a prefix, none for an unknown prefix.</summary>
    private static (IReadOnlyList<Catalog>? Searched, string Member) Qualified(string text, IReadOnlyList<Catalog> catalogs)
    {
        var dot = text.LastIndexOf('.');
        if (dot < 0)
        {
            return (catalogs, text);
        }

        var prefix = text[..dot];
        var named = catalogs.Where(catalog => string.Equals(catalog.Name, prefix, StringComparison.OrdinalIgnoreCase)).ToArray();
        return (named.Length == 0 ? null : named, text[(dot + 1)..]);
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static CatalogEntry[] Matching(IEnumerable<Catalog> catalogs, Func<Catalog, CatalogEntry?> find)
        => catalogs.Select(find).OfType<CatalogEntry>().ToArray();

    private static string Names(IReadOnlyList<Catalog> catalogs)
        => catalogs.Count == 1 ? catalogs[0].Name : string.Join(", ", catalogs.Take(catalogs.Count - 1).Select(c => c.Name)) + " or " + catalogs[^1].Name;
}
