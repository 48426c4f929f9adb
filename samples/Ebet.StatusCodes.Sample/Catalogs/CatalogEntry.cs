namespace Ebet.StatusCodes.Sample.Catalogs;

/// <summary>
/// One code of one catalog, with what the generated lookups give for it. The three enums share
/// no type, so the sample reads them once into this shape and lists, finds and explains them alike.
/// </summary>
/// <param name="Catalog">The enum's name: <c>EbetStatusCode</c>.</param>
/// <param name="Code">The number on the wire.</param>
/// <param name="Member">The enum member's name (<c>ToStringFast()</c>).</param>
/// <param name="Class">What the code means for whoever receives it (<c>GetClass()</c>).</param>
/// <param name="PageText">The vendor's text, verbatim (<c>GetDescription()</c>).</param>
/// <param name="English">The English message.</param>
/// <param name="SimplifiedChinese">The zh-Hans message: the page's text, or for the client's i18n keys the message behind the key.</param>
/// <param name="TraditionalChinese">The zh-Hant message.</param>
internal sealed record CatalogEntry(
    string Catalog,
    int Code,
    string Member,
    EbetStatusCodeClass Class,
    string PageText,
    string English,
    string SimplifiedChinese,
    string TraditionalChinese);
