namespace Ebet.StatusCodes.Sample;

/// <summary>What an integrator does with each class: the decision the classifiers exist for.</summary>
internal static class Advice
{
    public static string For(EbetStatusCode code) => code.GetClass() switch
    {
        EbetStatusCodeClass.Success => "done; for a recharge, confirm with rechargestatus before crediting.",
        EbetStatusCodeClass.Pending => "poll rechargestatus with the same rechargeReqId; do not send the request again.",
        EbetStatusCodeClass.Indeterminate => "query rechargestatus with the same rechargeReqId before retrying or failing.",
        EbetStatusCodeClass.Retryable => "retry the same request after a backoff.",
        EbetStatusCodeClass.Rejected => "fix the request or tell the player; do not retry it unchanged.",
        EbetStatusCodeClass.Fatal => "stop calling and alert an operator: the integration's setup is wrong.",
        _ => "treat it as an error and contact eBET.",
    };
}
