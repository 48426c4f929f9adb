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

    /// <summary>The meaning for a caller, as the generated XML docs explain each class.</summary>
    public static string Meaning(StatusClass statusClass) => statusClass switch
    {
        StatusClass.Success => "Done: the request succeeded, or what it asked for had already happened.",
        StatusClass.Pending => "Accepted and still processing: poll the status endpoint; do not send the request again.",
        StatusClass.Indeterminate => "The outcome is unknown: query the status with the same request ID before retrying or failing.",
        StatusClass.Retryable => "Transient: the same request may succeed later, after a backoff.",
        StatusClass.Rejected => "This request is wrong or not allowed: do not retry it unchanged.",
        StatusClass.Fatal => "The integration itself is broken (keys, whitelist, channel setup): stop and alert an operator.",
        _ => "Not a code the page lists, or one the overlay does not classify: treat it as an error and contact the vendor.",
    };
}
