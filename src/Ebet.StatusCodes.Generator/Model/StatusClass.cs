using System;
using System.Collections.Generic;

namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// What a code means for the caller. The six classes are the generator's vocabulary; the overlay
/// gives each code one. <see cref="Unknown"/> is what a code the page does not list (or the overlay
/// leaves unclassified) gets at run time.
/// </summary>
internal enum StatusClass
{
    Unknown = 0,
    Success,
    Pending,
    Indeterminate,
    Retryable,
    Rejected,
    Fatal,
}

internal static class StatusClasses
{
    /// <summary>The classes an overlay may name, in the order the generated enum declares them.</summary>
    public static readonly IReadOnlyList<StatusClass> All = new[]
    {
        StatusClass.Success, StatusClass.Pending, StatusClass.Indeterminate, StatusClass.Retryable, StatusClass.Rejected, StatusClass.Fatal,
    };

    /// <summary>Reads a class name, ignoring case; <see cref="StatusClass.Unknown"/> only when <paramref name="allowUnknown"/>.</summary>
    public static bool TryParse(string text, out StatusClass statusClass, bool allowUnknown = false)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                statusClass = candidate;
                return true;
            }
        }

        statusClass = StatusClass.Unknown;
        return allowUnknown && string.Equals(text, nameof(StatusClass.Unknown), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What a class means for any vendor's caller, as the generated docs say it when the overlay does
    /// not word it in the vendor's terms (a class-meaning table). Neutral on purpose: no vendor's
    /// endpoints, keys or request IDs.
    /// </summary>
    public static string DefaultMeaning(StatusClass statusClass) => statusClass switch
    {
        StatusClass.Success => "The request succeeded.",
        StatusClass.Pending => "The request was accepted and is still being processed: ask for its status later; do not send it again.",
        StatusClass.Indeterminate => "The outcome of the request is unknown: find out whether it took effect before retrying or failing it.",
        StatusClass.Retryable => "A transient failure: the same request may succeed if sent again after a backoff.",
        StatusClass.Rejected => "The request was refused: sending it again unchanged gives the same answer.",
        StatusClass.Fatal => "The integration itself is misconfigured: requests fail until it is fixed; alert an operator.",
        _ => "A code the page does not list, or one the overlay leaves unclassified: treat it as an error.",
    };
}
