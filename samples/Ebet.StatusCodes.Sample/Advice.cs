namespace Ebet.StatusCodes.Sample;

/// <summary>What an integrator does with each class: the decision the classifiers exist for.</summary>
internal static class Advice
{
    public static string For(EbetStatusCode code) => code.GetKind() switch
    {
        EbetStatusCodeKind.Success => "done; for a recharge, confirm with rechargestatus before crediting.",
        EbetStatusCodeKind.Pending => "poll rechargestatus with the same rechargeReqId; do not send the request again.",
        EbetStatusCodeKind.Indeterminate => "query rechargestatus with the same rechargeReqId before retrying or failing.",
        EbetStatusCodeKind.Retryable => "retry the same request after a backoff.",
        EbetStatusCodeKind.Rejected => "fix the request or tell the player; do not retry it unchanged.",
        EbetStatusCodeKind.Fatal => "stop calling and alert an operator: the integration's setup is wrong.",
        _ => "treat it as an error and contact eBET.",
    };
}
