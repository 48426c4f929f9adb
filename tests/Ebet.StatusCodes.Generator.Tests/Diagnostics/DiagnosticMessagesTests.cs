using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Diagnostics;

/// <summary>
/// What the build says, word for word, for inputs that go wrong in ways the other tests only count:
/// which table, which file, which culture's text stands in, which row to add or remove. A message
/// is how a user learns what to fix, so its arguments are part of the contract. The messages of
/// all cases are one reviewed snapshot (<c>Snapshots/DiagnosticMessages.verified.txt</c>), with the
/// members each generated enum got.
/// </summary>
public class DiagnosticMessagesTests
{
    private const string Header = "| Code | Description |\n| --- | --- |\n";

    private static readonly Regex s_enumMember = new(@"^ +(\w+) = (-?\d+),$", RegexOptions.Multiline);

    private static IEnumerable<(string Name, GeneratorInput Input)> Cases()
    {
        var withoutNamespace = new GeneratorInput()
            .Catalog("a.md", Header + "| 1 | one |\n", "Codes")
            .Catalog("b.md", Header + "| 2 | two |\n", "Codes");
        withoutNamespace.GlobalOptions.Remove("build_property.RootNamespace");
        yield return ("Two pages claim one enum, in a project without a root namespace", withoutNamespace);

        yield return ("A page's enum is named like another page's class enum", new GeneratorInput()
            .Catalog("a.md", Header + "| 1 | one |\n", "Codes")
            .Catalog("b.md", Header + "| 2 | two |\n", "CodesClass"));

        yield return ("Two pages' enums differ only in case: one file name to the compiler", new GeneratorInput()
            .Catalog("a.md", Header + "| 1 | one |\n", "Codes")
            .Catalog("b.md", Header + "| 2 | two |\n", "CODES"));

        yield return ("One page lists the same enum twice", new GeneratorInput()
            .Catalog("a.md", "# A\n\n" + Header + "| 1 | one |\n\n# B\n\n" + Header + "| 2 | two |\n", "Codes, Codes"));

        yield return ("One page's enums clash: the first listed wins", new GeneratorInput()
            .Catalog("a.md", "# A\n\n" + Header + "| 1 | one |\n\n# B\n\n" + Header + "| 2 | two |\n", "CodesClass, Codes"));

        yield return ("Two enums without StatusCodeTable read the tables in order", new GeneratorInput()
            .Catalog("a.md", "# A\n\n" + Header + "| 1 | one |\n\n# B\n\n" + Header + "| 2 | two |\n", "First, Second"));

        yield return ("A table position the page does not have", new GeneratorInput()
            .Catalog("a.md", "# Responses\n\n" + Header + "| 1 | one |\n\n---\n\n" + Header + "| 2 | two |\n", "Codes", null, ("StatusCodeTable", "#3")));

        yield return ("Overlay rows without a name, for codes on the page and gone from it", new GeneratorInput()
            .Catalog("codes.md", Header + "| 1 | one |\n| 2 | two |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 1 |  | Rejected |\n| 8 |  | Fatal |\n| 9 | Gone | Fatal |\n"));

        yield return ("A fallback name the overlay already gave to another code", new GeneratorInput()
            .Catalog("codes.md", Header + "| 1 | one |\n| 2 | two |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | Code2 |\n"));

        yield return ("Culture tags in the item's metadata that are not culture tags", new GeneratorInput()
            .Catalog(
                "codes.md",
                "| Code | Description | English |\n| - | - | - |\n| 1 | 一 | one |\n",
                "Codes",
                "zz-!!",
                ("StatusCodeNeutralCulture", "??"),
                ("StatusCodeMessageColumns", "x_y=English")));

        yield return ("Message columns named badly, twice, or first", new GeneratorInput()
            .Catalog(
                "codes.md",
                "| English | Code | Description | French |\n| - | - | - | - |\n| one | 1 | 一 | un |\n",
                "Codes",
                "zh",
                ("StatusCodeMessageColumns", "en=English, EN=French, =French, fr=, de=Deutsch")));

        yield return ("Culture files with an empty message and a missing code", new GeneratorInput()
            .Catalog("codes.md", Header + "| 1 | 一 |\n| 2 | 二 |\n| 3 | 三 |\n", "Codes", "zh")
            .File("codes.en.md", "| Code | Message |\n| - | - |\n| 1 | one |\n| 2 | two |\n")
            .File("codes.ja.md", "| Code | Message |\n| - | - |\n| 1 |  |\n| 3 | 三つ |\n"));

        yield return ("Tables without a description column: the first is named", new GeneratorInput()
            .Catalog("codes.md", "# Old codes\n\n| Code | Note |\n| - | - |\n| 1 | x |\n\n# New codes\n\n| Code | Note |\n| - | - |\n| 2 | y |\n", "Codes"));

        yield return ("A table whose first column is the description, without a code column", new GeneratorInput()
            .Catalog("codes.md", "Intro.\n\n| Description | Number |\n| - | - |\n| one | 1 |\n", "Codes"));

        yield return ("Tables, none of them a status table", new GeneratorInput()
            .Catalog("codes.md", "Intro.\n\n| A | B |\n| - | - |\n| x | y |\n", "Codes"));

        yield return ("Rows with missing and extra cells", new GeneratorInput()
            .Catalog("codes.md", Header + "| 1 |\n| 2 | two | extra |\n", "Codes"));

        var spec = new GeneratorInput();
        foreach (var (name, text) in new[]
        {
            ("payments.md", Header + "| 0 | ok |\n"),
            ("changelog.md", "# Changes\n\n| Version | Date | Notes |\n| - | - | - |\n| 1.2 | 2024 | x |\n"),
            ("fields.md", "| Field | Value | Description |\n| - | - | - |\n| mode | fast | How |\n"),
            ("stray.v2.md", Header + "| 1 | one |\n"),
        })
        {
            spec.Catalog(name, text, string.Empty, null, ("StatusCodeConvention", "true"));
            spec.Files[^1].Metadata.Remove("StatusCodeEnum");
        }

        yield return ("A spec folder with a page, a changelog, a table of fields and a file with a second dot", spec);

        yield return ("Side-file tables and keys for no catalog of the page", new GeneratorInput()
            .Catalog("codes.md", "# A\n\n" + Header + "| 1 | one |\n\n# B\n\n" + Header + "| 2 | two |\n", "First, Second")
            .File("codes.en.md", "---\nunknown-code-message.Third: \"No {0}\"\n---\n## First\n\n| Code | Message |\n| - | - |\n| 1 | One |\n\n## Messages\n\n| Code | Message |\n| - | - |\n| 2 | Two |\n"));

        yield return ("Columns that could be the code or the description", new GeneratorInput()
            .Catalog("codes.md", "| Status | Code | Description | Message | 描述 |\n| - | - | - | - | - |\n| OK | 0 | Fine | Good | 好 |\n", "Codes"));

        yield return ("More tables of the same list, and a range read as one", new GeneratorInput()
            .Catalog("codes.md", "# Errors\n\n" + Header + "| 1 | one |\n\n" + Header + "| 2 | two |\n", "Codes")
            .Catalog("more.md", "# Errors\n\n" + Header + "| 1 | one |\n\n" + Header + "| 2 | two |\n| 1 | again |\n", "More", null, ("StatusCodeTable", "1-2")));

        yield return ("Names the page gives that cannot be used as written, and an accessibility that is not one", new GeneratorInput()
            .Catalog("codes.md", "| Code | Name | Description |\n| - | - | - |\n| 1 | 3DS | a |\n| 2 | Busy\u200B | b |\n| 3 | Busy | c |\n", "Codes", null, ("StatusCodeAccessibility", "private")));

        yield return ("Overlay names with an invisible character or too long, an enum name with one", new GeneratorInput()
            .Catalog("codes.md", Header + "| 1 | one |\n| 2 | two |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member |\n| - | - |\n| 1 | Su\u200Bccess |\n| 2 | " + new string('N', 1100) + " |\n")
            .Catalog("other.md", Header + "| 1 | one |\n", "Other\u202ECodes"));

        yield return ("Codes that are ranges, hexadecimal, wide digits, with separators or words", new GeneratorInput()
            .Catalog("codes.md", Header + "| 1000-1999 | a |\n| 0x10 | b |\n| １２ | c |\n| 1,000 | d |\n| 200 OK | e |\n| 7 | f |\n", "Codes"));

        // 1,280 emphasised words, 5,119 characters of markdown in one cell: past what is read of it.
        var pastedMarkdown = string.Concat(Enumerable.Repeat("*a* ", 1280)).TrimEnd();
        yield return ("A cell with more markdown than is read, and a page beside it that reads", new GeneratorInput()
            .Catalog("acme-codes.md", "# Acme\n\nStatus codes.\n\n" + Header + "| 1 | one |\n| 2 | " + pastedMarkdown + " |\n", "AcmeCode")
            .Catalog("other.md", Header + "| 1 | one |\n", "Other"));
    }

    [Fact]
    public void Every_message_names_what_to_fix()
    {
        var report = new StringBuilder();
        foreach (var (name, input) in Cases())
        {
            var run = GeneratorHarness.Run(input);
            Assert.Empty(run.DriverDiagnostics);
            report.Append("## ").Append(name).Append('\n');
            foreach (var diagnostic in run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var span = diagnostic.Location.GetLineSpan();
                var where = span.Path is { Length: > 0 }
                    ? System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")"
                    : "(no file)";
                report.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(' ').Append(where).Append(": ")
                    .Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }

            foreach (var source in run.GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal))
            {
                var members = s_enumMember.Matches(source.SourceText.ToString()).Cast<Match>()
                    .TakeWhile(match => !match.Groups[1].Value.Equals("Unknown", StringComparison.Ordinal))
                    .Select(match => match.Groups[1].Value + " = " + match.Groups[2].Value);
                report.Append("-> ").Append(source.HintName).Append(": ").Append(string.Join(", ", members)).Append('\n');
            }

            report.Append('\n');
        }

        Snapshot.Verify(report.ToString(), "DiagnosticMessages", "txt");
    }
}
