using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// The vendor's real pages (every date, pipe and HTML forms) and our side files, mangled as a hurried
/// paste mangles them: cells deleted, duplicated, swapped, decorated or replaced, the file truncated,
/// random text and bytes inserted, lines dropped, duplicated or swapped, tags broken. Whatever comes
/// in, the generator does not throw, points every diagnostic inside its file, and what it generates
/// compiles (without a warning when it reports no error) and returns normalised texts.
/// </summary>
public class VendorPageFuzzTests
{
    private static readonly string[] s_sides = { "overlay", "en", "zh-Hans", "zh-Hant" };

    private static readonly string[] s_sideTexts = s_sides.Select(side => Fixtures.Spec("ebet-status-codes." + side + ".md")).ToArray();

    private static readonly System.Buffers.SearchValues<char> s_whitespaceOrNul = System.Buffers.SearchValues.Create("\t\r\n\f\v\0");

    /// <summary>The pages the mutations start from, with the metadata their catalogs are read with.</summary>
    private static readonly (string Name, string Page, Dictionary<string, string> Metadata, bool WithSideFiles)[] Bases =
    {
        ("seed", Fixtures.VendorPage(Fixtures.Seed), Metadata("Codes", "zh-Hans"), false),
        ("mark code spans", Fixtures.VendorPage(Fixtures.MarkCodeSpans), Metadata("Codes", "zh-Hans"), false),
        ("pipe tables", Fixtures.VendorPage(Fixtures.PipeTables), Metadata("Codes", null), false),
        ("HTML tables", Fixtures.VendorPage(Fixtures.HtmlTables), Metadata("Codes", "zh-Hans"), false),
        ("HTML tables, three catalogs", Fixtures.VendorPage(Fixtures.HtmlTables), Metadata("Responses, Channel, Client", "zh-Hans"), false),
        ("spec/ with its side files", Fixtures.Spec("ebet-status-codes.md"), Metadata("EbetStatusCode", "zh-Hans", ("StatusCodeTable", "1")), true),
        ("spec/, three catalogs", Fixtures.Spec("ebet-status-codes.md"), Metadata("EbetStatusCode, EbetChannelResponseCode, EbetClientErrorCode", "zh-Hans", ("StatusCodeTable", "eBET响应的状态代码, 建议响应的状态代码, 客户端错误码")), true),
    };

    private static readonly Gen<PageMutation> Mutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 100_000], Gen.Int[0, 1_000], Gen.Int[0, 1_000], (kind, position, other, choice) => new PageMutation(kind, position, other, choice));

    private static readonly Gen<FuzzCase> Case =
        Gen.Select(
            // Three-catalog inputs cost three times as much to check: they come less often.
            Gen.Frequency((12, Gen.Int[0, 3]), (1, Gen.Const(4)), (3, Gen.Const(5)), (1, Gen.Const(6))),
            Mutation.Array[1, 6],
            Gen.Frequency((3, Gen.Const(Array.Empty<PageMutation>())), (1, Mutation.Array[1, 3])),
            Gen.Int[0, s_sides.Length - 1],
            // Text reaches the output the same way in every setting; C# 7.3 is the cheapest to compile
            // (nullable analysis of documented code costs twice as much), so it comes most often.
            Gen.Frequency((4, Gen.Const(ConsumerSetting.NetStandard20CSharp73)), (1, Gen.Const(ConsumerSetting.Net100Latest)), (1, Gen.Const(ConsumerSetting.NetStandard20CSharp8))),
            (page, mutations, sideMutations, side, setting) => new FuzzCase(page, mutations, sideMutations, side, setting));

    private readonly ITestOutputHelper _output;

    public VendorPageFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mangled_vendor_pages_never_break_the_generator()
    {
        PropertySettings.Sample(Case, Check, _output, "mangled vendor pages", quick: 150);
    }

    private static void Check(FuzzCase testCase)
    {
        var outcome = PropertyHarness.Run(testCase.Files(), testCase.Setting);
        foreach (var source in outcome.Result.GeneratedSources)
        {
            var root = (CompilationUnitSyntax)source.SyntaxTree.GetRoot();
            foreach (var extensions in root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(type => type.Identifier.ValueText.EndsWith("Extensions", StringComparison.Ordinal)))
            {
                var enumName = extensions.Identifier.ValueText.Substring(0, extensions.Identifier.ValueText.Length - "Extensions".Length);
                foreach (var (code, text) in GeneratedLookups.Descriptions(root, enumName))
                {
                    PropertyOutcome.Require(IsNormalised(text), $"{enumName}.GetDescription({code}) returns {SymbolDisplay.FormatLiteral(text, quote: true)}, which the cell-text rule cannot give");
                }
            }
        }
    }

    /// <summary>What the cell-text rule gives: not empty, no ASCII whitespace but single inner spaces, no U+0000.</summary>
    private static bool IsNormalised(string text)
        => text.Length > 0
           && text[0] != ' '
           && text[text.Length - 1] != ' '
           && text.IndexOf("  ", StringComparison.Ordinal) < 0
           && text.AsSpan().IndexOfAny(s_whitespaceOrNul) < 0;

    private static Dictionary<string, string> Metadata(string enums, string? culture, params (string Name, string Value)[] more)
    {
        var metadata = new Dictionary<string, string> { ["StatusCodeEnum"] = enums };
        if (culture is not null)
        {
            metadata["StatusCodeCulture"] = culture;
        }

        foreach (var (name, value) in more)
        {
            metadata[name] = value;
        }

        return metadata;
    }

    /// <summary>A base page, the edits made to it and to one of its side files, and the consumer setting.</summary>
    private sealed record FuzzCase(int Base, PageMutation[] Mutations, PageMutation[] SideMutations, int Side, ConsumerSetting Setting)
    {
        private const string PageName = "ebet-status-codes.md";

        public List<CaseFile> Files()
        {
            var (_, page, metadata, withSideFiles) = Bases[Base];
            var files = new List<CaseFile> { new(PropertyHarness.Directory + PageName, Apply(page, Mutations), metadata) };
            if (withSideFiles)
            {
                for (var i = 0; i < s_sides.Length; i++)
                {
                    var name = "ebet-status-codes." + s_sides[i] + ".md";
                    var text = s_sideTexts[i];
                    files.Add(new CaseFile(PropertyHarness.Directory + name, i == Side ? Apply(text, SideMutations) : text, new Dictionary<string, string>()));
                }
            }

            return files;
        }

        public override string ToString()
        {
            var files = Files();
            return $"{Bases[Base].Name}, {Setting}; page edits: {string.Join(", ", Mutations.AsEnumerable())}"
                   + (SideMutations.Length > 0 && Bases[Base].WithSideFiles ? $"; {s_sides[Side]} edits: {string.Join(", ", SideMutations.AsEnumerable())}" : string.Empty)
                   + Environment.NewLine + string.Join(Environment.NewLine, files.Select(file => file.Path + ": " + SymbolDisplay.FormatLiteral(file.Text, quote: true)));
        }

        private static string Apply(string text, IEnumerable<PageMutation> mutations)
            => mutations.Aggregate(text, (current, mutation) => mutation.Apply(current));
    }
}
