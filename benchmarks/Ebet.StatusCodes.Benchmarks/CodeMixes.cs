using System;
using System.Linq;

namespace Ebet.StatusCodes.Benchmarks;

/// <summary>Which inputs a benchmark iterates: three in four listed codes, or only listed ones.</summary>
public enum Mix
{
    /// <summary>48 listed codes and 16 unlisted ones (a vendor's new code, a typo, a gateway's 404).</summary>
    Mixed,

    /// <summary>64 listed codes: the common case, where text lookups must not allocate.</summary>
    DefinedOnly,
}

/// <summary>
/// The fixed inputs of every lookup benchmark: 64 codes (or names) in a fixed shuffled order, so that
/// each operation sees the same sequence and no branch predictor gets a single repeated value.
/// </summary>
internal static class CodeMixes
{
    public const int Size = 64;

    /// <summary>Values the page does not list.</summary>
    private static readonly int[] s_unlisted = { -2, 1, 100, 210, 300, 404, 501, 999, 1000, 4000, 4031, 4203, 5004, 5007, 6000, 10000 };

    /// <summary>Names no member has, in any case (so that ignore-case parsing fails on them too).</summary>
    private static readonly string[] s_notNames =
    {
        "NotACode", "Timeout", "ServiceUnavailable", "Unauthorized", "Forbidden", "NotFound", "Conflict", "GatewayTimeout",
        "BadRequest", "RateLimited", "Maintenance", "Recharge", "InvalidTokens", "AccountFrozenX", "Succes", string.Empty,
    };

    public static EbetStatusCode[] Codes(Mix mix)
    {
        var listed = EbetStatusCodeExtensions.Values;
        var listedCount = mix == Mix.Mixed ? Size - s_unlisted.Length : Size;

        // Every listed code once, then the first ones again (200, 0, -1 ... come up most in practice).
        var codes = Enumerable.Range(0, listedCount).Select(i => listed[i % listed.Count]).ToList();
        if (mix == Mix.Mixed)
        {
            codes.AddRange(s_unlisted.Select(value => (EbetStatusCode)value));
        }

        return Shuffle(codes.ToArray());
    }

    /// <summary>The names of <see cref="Codes"/>' listed codes, with non-names in place of the unlisted ones.</summary>
    public static string[] Names(Mix mix)
    {
        var codes = Codes(mix);
        var next = 0;
        return codes.Select(code => code.IsDefined() ? code.ToStringFast() : s_notNames[next++]).ToArray();
    }

    /// <summary><see cref="Names"/> with two names in three written in another case, for ignore-case parsing.</summary>
    public static string[] NamesInMixedCase(Mix mix)
        => Names(mix).Select((name, i) => (i % 3) switch
        {
            0 => name,
            1 => name.ToLowerInvariant(),
            _ => name.ToUpperInvariant(),
        }).ToArray();

    private static T[] Shuffle<T>(T[] items)
    {
        // A fixed seed: the same order in every run and every process.
#pragma warning disable CA5394 // Not security: a reproducible order of benchmark inputs.
        var random = new Random(20240501);
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
#pragma warning restore CA5394

        return items;
    }
}
