using Ebet.StatusCodes.Sample.Catalogs;

namespace Ebet.StatusCodes.Sample;

/// <summary>What a code means for whoever receives it: the decision the classes exist for.</summary>
internal static class Advice
{
    /// <summary>The class's definition, as the README's table of classes gives it.</summary>
    public static string Meaning(EbetStatusCodeClass @class) => @class switch
    {
        EbetStatusCodeClass.Success => "done (for recharge: received, confirm with rechargestatus)",
        EbetStatusCodeClass.Pending => "accepted, still processing: poll the status endpoint, do not resend",
        EbetStatusCodeClass.Indeterminate => "the outcome is unknown: query the status with the same request ID before retrying or failing",
        EbetStatusCodeClass.Retryable => "transient: the same request may succeed later, after a backoff",
        EbetStatusCodeClass.Rejected => "this request is wrong or not allowed: do not retry it unchanged",
        EbetStatusCodeClass.Fatal => "the integration itself is broken (keys, whitelist, channel setup): stop and alert an operator",
        _ => "not on the page (or unclassified): treat it as an error and contact eBET",
    };

    /// <summary>What an integrator does on receiving <paramref name="code"/> from eBET.</summary>
    public static string For(EbetStatusCode code) => ForResponse(code.GetClass());

    /// <summary>Who acts on the entry's code, and how: the receiver differs from catalog to catalog.</summary>
    public static string For(CatalogEntry entry) => entry.Catalog switch
    {
        nameof(EbetStatusCode) => ForResponse(entry.Class),
        nameof(EbetChannelResponseCode) => $"answered to eBET's callback, eBET reads it as {entry.Class}: {Meaning(entry.Class)}.",
        _ => "the game client shows it to the player; it answers no API call, so it has no class.",
    };

    private static string ForResponse(EbetStatusCodeClass @class) => @class switch
    {
        EbetStatusCodeClass.Success => "done; for a recharge, confirm with rechargestatus before crediting.",
        EbetStatusCodeClass.Pending => "poll rechargestatus with the same rechargeReqId; do not send the request again.",
        EbetStatusCodeClass.Indeterminate => "query rechargestatus with the same rechargeReqId before retrying or failing.",
        EbetStatusCodeClass.Retryable => "retry the same request after a backoff.",
        EbetStatusCodeClass.Rejected => "fix the request or tell the player; do not retry it unchanged.",
        EbetStatusCodeClass.Fatal => "stop calling and alert an operator: the integration's setup is wrong.",
        _ => "treat it as an error, log it and contact eBET; update spec/ when the vendor documents it.",
    };
}
