using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Ebet.StatusCodes.Sample.Tests;

/// <summary>
/// The docs show integrators the response type to copy: it must be the sample's own
/// EbetResponse.cs, word for word, so that what the docs show is what the tests above pin.
/// The build copies the file, README.md and docs/**/*.md into Docs/ beside the tests.
/// </summary>
public partial class DocumentedSnippetTests
{
    private static readonly string s_docs = Path.Combine(AppContext.BaseDirectory, "Docs");

    private static readonly string s_snippet = Normalised(File.ReadAllText(Path.Combine(s_docs, "EbetResponse.cs.txt")));

    [Fact]
    public void The_docs_quote_the_sample_s_response_type()
        => Assert.True(
            CSharpBlocks().Any(block => block.Code == s_snippet),
            "Neither README.md nor docs/*.md has samples/Ebet.StatusCodes.Sample/EbetResponse.cs in a ```csharp block, word for word. Paste the whole file.");

    [Fact]
    public void Every_response_type_the_docs_show_is_the_sample_s()
    {
        foreach (var block in CSharpBlocks().Where(block => block.Code.Contains("class EbetResponse", StringComparison.Ordinal)))
        {
            Assert.True(
                block.Code == s_snippet,
                $"{block.File} shows an EbetResponse that is not samples/Ebet.StatusCodes.Sample/EbetResponse.cs: paste the file again.");
        }
    }

    private static IEnumerable<(string File, string Code)> CSharpBlocks()
        => Directory.EnumerateFiles(s_docs, "*.md", SearchOption.AllDirectories)
            .SelectMany(file => CSharpBlock().Matches(Normalised(File.ReadAllText(file)))
                .Select(match => (Path.GetRelativePath(s_docs, file), Normalised(match.Groups["code"].Value))));

    private static string Normalised(string text) => text.ReplaceLineEndings("\n").TrimEnd();

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
