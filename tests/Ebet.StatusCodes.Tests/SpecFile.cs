using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Ebet.StatusCodes.Tests;

/// <summary>
/// Reads spec/ with plain regular expressions, independently of the generator: an oracle for what
/// the page and the overlay say, so the library is checked against the files, not against itself.
/// </summary>
internal static partial class SpecFile
{
    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Spec", fileName);

    /// <summary>The page's rows: <c>| &lt;mark ...&gt;**-1**&lt;/mark&gt; | 充值纪录不存 |</c>.</summary>
    public static IReadOnlyList<(int Code, string Text)> PageRows()
        => File.ReadAllLines(PathOf("ebet-status-codes.md"))
            .Select(line => PageRow().Match(line))
            .Where(match => match.Success)
            .Select(match => (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value.Trim()))
            .ToList();

    /// <summary>The overlay's rows: code, member, class.</summary>
    public static IReadOnlyList<(int Code, string Member, string Class)> OverlayRows()
        => File.ReadAllLines(PathOf("ebet-status-codes.overlay.md"))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 4 && int.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .Select(cells => (int.Parse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), cells[2], cells[3]))
            .ToList();

    /// <summary>A culture file's rows: code, message.</summary>
    public static IReadOnlyDictionary<int, string> Messages(string culture)
        => File.ReadAllLines(PathOf("ebet-status-codes." + culture + ".md"))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 3 && int.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .ToDictionary(cells => int.Parse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), cells => cells[2]);

    [GeneratedRegex(@"^\|\s*<mark[^>]*>\*\*(-?\d+)\*\*</mark>\s*\|(.*)\|\s*$")]
    private static partial Regex PageRow();
}
