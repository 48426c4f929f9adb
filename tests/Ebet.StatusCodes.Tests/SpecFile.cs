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
    public const string Responses = "EbetStatusCode";
    public const string ChannelResponses = "EbetChannelResponseCode";
    public const string ClientErrors = "EbetClientErrorCode";

    /// <summary>The page's headings, in the order of the enums above.</summary>
    private static readonly string[] s_pageHeadings = { "eBET响应的状态代码", "建议响应的状态代码", "客户端错误码" };

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Spec", fileName);

    /// <summary>The rows of the page's table for <paramref name="catalog"/>: <c>&lt;tr&gt;&lt;td align="center"&gt;-1&lt;/td&gt;&lt;td&gt;充值纪录不存&lt;/td&gt;&lt;/tr&gt;</c>.</summary>
    public static IReadOnlyList<(int Code, string Text)> PageRows(string catalog = Responses)
    {
        var heading = s_pageHeadings[Array.IndexOf(new[] { Responses, ChannelResponses, ClientErrors }, catalog)];
        var section = Section(File.ReadAllText(PathOf("ebet-status-codes.md")), heading);
        return PageRow().Matches(section)
            .Select(match => (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value))
            .ToList();
    }

    /// <summary>The overlay's rows for <paramref name="catalog"/>: code, member, class.</summary>
    public static IReadOnlyList<(int Code, string Member, string Class)> OverlayRows(string catalog = Responses)
        => Rows("ebet-status-codes.overlay.md", catalog).Select(cells => (Code(cells[1]), cells[2], cells[3])).ToList();

    /// <summary>A culture file's rows for <paramref name="catalog"/>: code, message.</summary>
    public static IReadOnlyDictionary<int, string> Messages(string culture, string catalog = Responses)
        => Rows("ebet-status-codes." + culture + ".md", catalog).ToDictionary(cells => Code(cells[1]), cells => cells[2]);

    private static IEnumerable<string[]> Rows(string fileName, string catalog)
        => Section(File.ReadAllText(PathOf(fileName)), catalog)
            .Split('\n')
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 3 && int.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));

    /// <summary>The text under the <c>## heading</c>, up to the next <c>## </c>.</summary>
    private static string Section(string text, string heading)
    {
        var start = text.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidDataException("no section " + heading);
        }

        var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static int Code(string cell) => int.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<tr><td align=""center"">(-?\d+)</td><td>([^<]*)</td></tr>")]
    private static partial Regex PageRow();
}
