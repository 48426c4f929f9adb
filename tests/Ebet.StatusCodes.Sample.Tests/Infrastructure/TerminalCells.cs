using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Ebet.StatusCodes.Sample.Tests.Infrastructure;

/// <summary>
/// How many terminal cells a line takes, measured here rather than by Spectre.Console, so that the
/// sample's layout is checked against an independent rule: East Asian Wide and Fullwidth characters
/// (Unicode's UAX #11: CJK ideographs, kana, Hangul, fullwidth punctuation such as ，and （) take two
/// cells, escape sequences none, everything else one.
/// </summary>
internal static partial class TerminalCells
{
    public static int Width(string line) => WithoutEscapes(line).EnumerateRunes().Sum(rune => IsWide(rune) ? 2 : 1);

    public static string WithoutEscapes(string text) => Escape().Replace(text, string.Empty);

    public static bool HasEscapes(string text) => text.Contains('\u001b', System.StringComparison.Ordinal);

    /// <summary>The wide and fullwidth blocks (UAX #11, East_Asian_Width W and F) of the characters a status page uses.</summary>
    private static bool IsWide(Rune rune) => rune.Value is
        (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
        or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
        or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
        or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Escape();
}
