using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Documentation;

/// <summary>
/// A newcomer follows the documents' links: every relative link reaches a file or folder of the
/// repository, and every <c>#anchor</c> into a markdown file a heading (or an explicit anchor) of
/// it, as GitHub makes anchors. The documents are read where they are, in the repository.
/// </summary>
public class DocumentLinksTests
{
    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string> { "README.md", "DEVELOPERS.md", "benchmarks/README.md" };
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Fixtures.RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            documents.Add("docs/" + Path.GetFileName(page));
        }

        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_reaches_a_file_and_every_anchor_a_heading(string document)
    {
        var documentPath = Path.Combine(Fixtures.RepositoryRoot, document);
        var broken = new List<string>();
        foreach (var target in RepoDocs.LinkTargets(File.ReadAllText(documentPath)).Distinct(StringComparer.Ordinal))
        {
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var path = Uri.UnescapeDataString(hash < 0 ? target : target.Substring(0, hash));
            var anchor = hash < 0 ? string.Empty : target.Substring(hash + 1);
            var targetPath = path.Length == 0 ? documentPath : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(documentPath)!, path));
            if (!File.Exists(targetPath) && !Directory.Exists(targetPath))
            {
                broken.Add($"{target}: no file {Path.GetRelativePath(Fixtures.RepositoryRoot, targetPath)}");
            }
            else if (anchor.Length > 0 && targetPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                     && !RepoDocs.Anchors(File.ReadAllText(targetPath)).Contains(anchor))
            {
                broken.Add($"{target}: {Path.GetRelativePath(Fixtures.RepositoryRoot, targetPath)} has no heading whose anchor is #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, document + " has broken links:\n" + string.Join("\n", broken));
    }

    [Theory]
    [InlineData("## EBSC004", "ebsc004")]
    [InlineData("## The vendor's page", "the-vendors-page")]
    [InlineData("## A page in spec/ is enough", "a-page-in-spec-is-enough")]
    [InlineData("### Does the code for large catalogs compile?", "does-the-code-for-large-catalogs-compile")]
    [InlineData("## The overlay (`stem.overlay.md`)", "the-overlay-stemoverlaymd")]
    [InlineData("## [Linked](other.md) title", "linked-title")]
    [InlineData("## 客户端错误码 codes", "客户端错误码-codes")]
    public void Anchors_are_made_as_GitHub_makes_them(string heading, string anchor)
    {
        Assert.Contains(anchor, RepoDocs.Anchors(heading + "\n"));
    }

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor_and_code_blocks_have_no_headings_or_links()
    {
        var markdown = "## Steps\n\n```bash\n# not a heading [no](link.md)\n```\n\n## Steps\n\nSee [the file](real.md) and `[not](a-link.md)`.\n";

        Assert.Equal(new[] { "steps", "steps-1" }, RepoDocs.Anchors(markdown).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "real.md" }, RepoDocs.LinkTargets(markdown));
    }
}
