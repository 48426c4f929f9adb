using System;
using System.Collections.Generic;
using System.Text;

namespace Ebet.StatusCodes.Generator.Naming;

/// <summary>
/// Culture tags as .NET names cultures: language[-Script][-REGION][-variant...], checked by their
/// form only. The generator must not ask the build machine's ICU whether a culture exists: the
/// answer would differ from machine to machine, and the output must not.
/// </summary>
internal static class CultureTag
{
    /// <summary>Checks the tag's form and returns it in canonical case (zh-hant-tw becomes zh-Hant-TW).</summary>
    public static bool TryNormalize(string tag, out string normalized)
    {
        normalized = string.Empty;
        var parts = tag.Split('-', '_');
        if (parts.Length == 0 || !IsLetters(parts[0], 2, 3))
        {
            return false;
        }

        var builder = new StringBuilder(parts[0].ToLowerInvariant());
        var index = 1;
        if (index < parts.Length && IsLetters(parts[index], 4, 4))
        {
            builder.Append('-').Append(char.ToUpperInvariant(parts[index][0])).Append(parts[index].Substring(1).ToLowerInvariant());
            index++;
        }

        if (index < parts.Length && (IsLetters(parts[index], 2, 2) || IsDigits(parts[index], 3)))
        {
            builder.Append('-').Append(parts[index].ToUpperInvariant());
            index++;
        }

        for (; index < parts.Length; index++)
        {
            var part = parts[index];
            var isVariant = (part.Length is >= 5 and <= 8 && IsAlphanumeric(part))
                            || (part.Length == 4 && part[0] is >= '0' and <= '9' && IsAlphanumeric(part));
            if (!isVariant)
            {
                return false;
            }

            builder.Append('-').Append(part.ToLowerInvariant());
        }

        normalized = builder.ToString();
        return true;
    }

    /// <summary>The language subtag: "zh" for "zh-Hant-TW".</summary>
    public static string Language(string tag)
    {
        var dash = tag.IndexOf('-');
        return dash < 0 ? tag : tag.Substring(0, dash);
    }

    /// <summary>The script subtag, or empty: "Hant" for "zh-Hant-TW".</summary>
    public static string Script(string tag)
    {
        var parts = tag.Split('-');
        return parts.Length > 1 && parts[1].Length == 4 ? parts[1] : string.Empty;
    }

    /// <summary>
    /// Chinese regions and the script they write, from CLDR's likely subtags. A host without culture
    /// data (globalization-invariant mode) gives zh-TW no parent, so the generated lookup needs this
    /// to send zh-TW to zh-Hant as ResourceManager would on a full host.
    /// </summary>
    public static readonly IReadOnlyList<(string Region, string Script)> ChineseRegionScripts = new[]
    {
        ("TW", "Hant"), ("HK", "Hant"), ("MO", "Hant"),
        ("CN", "Hans"), ("SG", "Hans"), ("MY", "Hans"),
    };

    private static bool IsLetters(string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(string value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
