using System;
using System.Globalization;
using System.Resources;

namespace Ebet.StatusCodes.Benchmarks.Alternatives;

/// <summary>
/// The messages as .resx resources (Resources/StatusMessages*.resx: en neutral, zh-Hans and zh-Hant
/// satellites), read through <see cref="ResourceManager.GetString(string, CultureInfo)"/> as the
/// class that Visual Studio or Microsoft.CodeAnalysis.ResxSourceGenerator writes does.
/// </summary>
internal static class ResxMessages
{
    /// <summary>The key of the message for a code the page does not list; its value holds {0}.</summary>
    public const string UnknownCodeKey = "UnknownCode";

    public const string BaseName = "Ebet.StatusCodes.Benchmarks.Resources.StatusMessages";

    public static ResourceManager ResourceManager { get; } = new(BaseName, typeof(ResxMessages).Assembly);

    /// <summary>
    /// The message for a code whose resource key is <paramref name="key"/> (its member name, computed
    /// once beforehand: the best case for this approach).
    /// </summary>
    public static string Message(string key, int code, CultureInfo? culture)
        => ResourceManager.GetString(key, culture)
            ?? string.Format(
                culture ?? CultureInfo.CurrentUICulture,
                ResourceManager.GetString(UnknownCodeKey, culture) ?? throw new InvalidOperationException("No " + UnknownCodeKey + " resource."),
                code);
}
