using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>
/// The repository's documents, for the tests that keep them true to the code: the copies the test
/// project puts under <c>RepoDocs/</c> (the same relative paths as in the repository), the
/// repository itself for what links point at, and markdown read the way GitHub renders it (headings
/// and their anchors, links outside code).
/// </summary>
internal static partial class RepoDocs
{
    /// <summary>The copy of a document in the test output, by its path in the repository (<c>docs/diagnostics.md</c>).</summary>
    public static string Text(string relativePath) => File.ReadAllText(Path.Combine(Fixtures.Directory, "RepoDocs", relativePath));

    /// <summary>The copied <c>docs/*.md</c> pages, by their paths in the repository.</summary>
    public static IEnumerable<string> DocsPages()
        => Directory.EnumerateFiles(Path.Combine(Fixtures.Directory, "RepoDocs", "docs"), "*.md")
            .Select(path => "docs/" + Path.GetFileName(path))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The text of each heading (ATX headings, <c>## Title</c>) outside fenced code blocks.</summary>
    public static IReadOnlyList<string> Headings(string markdown)
        => OutsideCode(markdown)
            .Select(line => HeadingLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["text"].Value.Trim())
            .ToList();

    /// <summary>
    /// Every anchor GitHub gives the document: each heading's slug (a repeated one gets -1, -2, ...),
    /// and explicit <c>&lt;a id="..."&gt;</c> anchors.
    /// </summary>
    public static ISet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in Headings(markdown))
        {
            var slug = Slug(heading);
            counts.TryGetValue(slug, out var seen);
            counts[slug] = seen + 1;
            anchors.Add(seen == 0 ? slug : slug + "-" + seen);
        }

        foreach (Match match in ExplicitAnchor().Matches(markdown))
        {
            anchors.Add(match.Groups["id"].Value);
        }

        return anchors;
    }

    /// <summary>
    /// A heading's anchor as GitHub makes it: the rendered text (link syntax and code-span backticks
    /// gone), lower-case, with everything but letters, digits, marks, '-', '_' and spaces removed, and
    /// each space a '-'.
    /// </summary>
    public static string Slug(string heading)
    {
        var text = MarkdownLink().Replace(heading, "${text}").Replace("`", string.Empty, StringComparison.Ordinal);
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    /// <summary>The targets of the document's links (inline, images, references), outside code blocks and code spans.</summary>
    public static IEnumerable<string> LinkTargets(string markdown)
    {
        foreach (var line in OutsideCode(markdown))
        {
            var text = CodeSpan().Replace(line, string.Empty);
            foreach (Match match in MarkdownLink().Matches(text))
            {
                yield return match.Groups["target"].Value;
            }

            var reference = ReferenceDefinition().Match(text);
            if (reference.Success)
            {
                yield return reference.Groups["target"].Value;
            }
        }
    }

    /// <summary>The document's lines, without the lines of fenced code blocks.</summary>
    private static IEnumerable<string> OutsideCode(string markdown)
    {
        string? fence = null;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed.Substring(0, 3);
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            yield return line;
        }
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)[ \t#]*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*(?<target>\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"(`+).+?\1")]
    private static partial Regex CodeSpan();
}
