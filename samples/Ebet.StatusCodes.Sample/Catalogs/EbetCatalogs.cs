using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Ebet.StatusCodes.Sample.Catalogs;

/// <summary>The three catalogs generated from eBET's page, read once through their generated lookups.</summary>
internal static class EbetCatalogs
{
    // The neutral messages are English (spec/ebet-status-codes.en.md); the invariant culture finds them.
    private static readonly CultureInfo s_english = CultureInfo.InvariantCulture;
    private static readonly CultureInfo s_simplified = Culture("zh-Hans");
    private static readonly CultureInfo s_traditional = Culture("zh-Hant");

    public static Catalog Responses { get; } = new(
        nameof(EbetStatusCode),
        "eBET's answers to your API calls, in the status of each response",
        EbetStatusCodeExtensions.Values.Select(code => Entry(
            nameof(EbetStatusCode), (int)code, code.ToStringFast(), code.GetClass(), code.GetDescription(), culture => code.GetMessage(culture))));

    public static Catalog ChannelResponses { get; } = new(
        nameof(EbetChannelResponseCode),
        "Your answers to eBET's callbacks, as eBET suggests them",
        EbetChannelResponseCodeExtensions.Values.Select(code => Entry(
            nameof(EbetChannelResponseCode), (int)code, code.ToStringFast(), code.GetClass(), code.GetDescription(), culture => code.GetMessage(culture))));

    public static Catalog ClientErrors { get; } = new(
        nameof(EbetClientErrorCode),
        "Prompts eBET's game client shows a player; they answer no API call, so have no class",
        // The overlay classifies none of them, so the generator gives this catalog no class type and no GetClass().
        EbetClientErrorCodeExtensions.Values.Select(code => Entry(
            nameof(EbetClientErrorCode), (int)code, code.ToStringFast(), EbetStatusCodeClass.Unknown, code.GetDescription(), culture => code.GetMessage(culture))));

    /// <summary>The page's tables in the page's order.</summary>
    public static IReadOnlyList<Catalog> All { get; } = new[] { Responses, ChannelResponses, ClientErrors };

    /// <summary>
    /// Each enum has a class type of its own with the same members (the generator emits one per
    /// catalog); reading them by name into <see cref="EbetStatusCodeClass"/> gives the sample one
    /// vocabulary, and fails at start-up rather than mislabel a code if the members ever differ.
    /// </summary>
    private static CatalogEntry Entry<TClass>(string catalog, int code, string member, TClass @class, string pageText, Func<CultureInfo, string> message)
        where TClass : struct, Enum
        => new(
            catalog,
            code,
            member,
            Enum.Parse<EbetStatusCodeClass>(@class.ToString()),
            pageText,
            message(s_english),
            message(s_simplified),
            message(s_traditional));

    /// <summary>A culture by name, or the invariant one where the host has no culture data (globalization-invariant mode).</summary>
    private static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
