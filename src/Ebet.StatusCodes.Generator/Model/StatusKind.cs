using System;
using System.Collections.Generic;

namespace Ebet.StatusCodes.Generator.Model;

/// <summary>
/// What a code means for the caller. The six classes are the generator's vocabulary; the overlay
/// gives each code one. <see cref="Unknown"/> is what a code the page does not list (or the overlay
/// leaves unclassified) gets at run time.
/// </summary>
internal enum StatusKind
{
    Unknown = 0,
    Success,
    Pending,
    Indeterminate,
    Retryable,
    Rejected,
    Fatal,
}

internal static class StatusKinds
{
    /// <summary>The classes an overlay may name, in the order the generated enum declares them.</summary>
    public static readonly IReadOnlyList<StatusKind> Classes = new[]
    {
        StatusKind.Success, StatusKind.Pending, StatusKind.Indeterminate, StatusKind.Retryable, StatusKind.Rejected, StatusKind.Fatal,
    };

    public static bool TryParse(string text, out StatusKind kind)
    {
        foreach (var candidate in Classes)
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = StatusKind.Unknown;
        return false;
    }

    /// <summary>The meaning for a caller, as the generated XML docs explain each class.</summary>
    public static string Meaning(StatusKind kind) => kind switch
    {
        StatusKind.Success => "Done: the request succeeded, or what it asked for had already happened.",
        StatusKind.Pending => "Accepted and still processing: poll the status endpoint; do not send the request again.",
        StatusKind.Indeterminate => "The outcome is unknown: query the status with the same request ID before retrying or failing.",
        StatusKind.Retryable => "Transient: the same request may succeed later, after a backoff.",
        StatusKind.Rejected => "This request is wrong or not allowed: do not retry it unchanged.",
        StatusKind.Fatal => "The integration itself is broken (keys, whitelist, channel setup): stop and alert an operator.",
        _ => "Not a code the page lists, or one the overlay does not classify: treat it as an error and contact the vendor.",
    };
}
