using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// Random status tables whose texts are known before they are written into markdown: whatever the
/// codes, the texts, the titles and the form of the table, the generator never throws, reports
/// exactly the rows that are wrong (on their lines), and emits lookups that return each text as
/// the cell-text rule says, in code that compiles without a warning.
/// </summary>
public class RandomTableProperties
{
    private readonly ITestOutputHelper _output;

    public RandomTableProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Random_tables_give_back_their_texts_exactly()
    {
        PropertySettings.Sample(TableGenerators.Case, Check, _output, "random tables", quick: 250);
    }

    private static void Check(TableCase testCase)
    {
        var expectation = testCase.Expect();
        var outcome = PropertyHarness.Run(testCase.Files(), testCase.Setting);

        var expectedIds = Enumerable.Repeat("EBSC006", expectation.DuplicateLines.Count)
            .Concat(Enumerable.Repeat("EBSC008", expectation.EmptyLines.Count))
            .Concat(expectation.Entries.Count > 0 ? new[] { "EBSC016" } : Array.Empty<string>())
            .Concat(testCase.Rows.Count == 0 ? new[] { "EBSC039" } : Array.Empty<string>())
            .OrderBy(id => id, StringComparer.Ordinal);
        var ids = outcome.Diagnostics.Select(diagnostic => diagnostic.Id).OrderBy(id => id, StringComparer.Ordinal);
        PropertyOutcome.Require(ids.SequenceEqual(expectedIds), "unexpected diagnostics: " + outcome.Describe());
        PropertyOutcome.Require(LinesOf(outcome, "EBSC006").SequenceEqual(expectation.DuplicateLines), "EBSC006 is not on the repeated rows: " + outcome.Describe());
        PropertyOutcome.Require(LinesOf(outcome, "EBSC008").SequenceEqual(expectation.EmptyLines), "EBSC008 is not on the empty rows: " + outcome.Describe());

        var root = outcome.GeneratedRoot(TableCase.EnumName);
        PropertyOutcome.Require(root is not null, "nothing was generated");
        var expected = expectation.Entries;
        var actual = GeneratedLookups.Descriptions(root!, TableCase.EnumName);
        PropertyOutcome.Require(actual.Count == expected.Count, $"GetDescription lists {actual.Count} codes, the page {expected.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            PropertyOutcome.Require(
                actual[i] == expected[i],
                $"GetDescription's entry {i} is {Show(actual[i])}, the page's {Show(expected[i])}");
        }

        var members = GeneratedLookups.Members(root!, TableCase.EnumName);
        PropertyOutcome.Require(
            members.SequenceEqual(expectation.Entries.Select(entry => (FallbackName(entry.Code), entry.Code))),
            "the enum's members are not the page's codes in its order: " + string.Join(", ", members));

        // Loading an assembly costs more than the rest: a fixed share of the cases, chosen by the case itself.
        if (testCase.Layout < (PropertySettings.IsLong ? 1 : 5) && testCase.Preamble < (PropertySettings.IsLong ? 2 : 10))
        {
            outcome.LoadAndCall(assembly => CallLookups(assembly, expectation));
        }
    }

    private static void CallLookups(System.Reflection.Assembly assembly, Expectation expectation)
    {
        var enumType = assembly.GetType("Test.Catalogs." + TableCase.EnumName, throwOnError: true)!;
        var getDescription = assembly.GetType("Test.Catalogs." + TableCase.EnumName + "Extensions", throwOnError: true)!.GetMethod("GetDescription")!;
        string Describe(int code) => (string)getDescription.Invoke(null, new[] { Enum.ToObject(enumType, code) })!;

        foreach (var (code, text) in expectation.Entries)
        {
            var returned = Describe(code);
            PropertyOutcome.Require(returned == text, $"GetDescription({code}) returned {Show(returned)} at run time, the page says {Show(text)}");
        }

        var codes = new HashSet<int>(expectation.Entries.Select(entry => entry.Code));
        var unlisted = new[] { 4040, -4040, int.MaxValue, int.MinValue, 0, 1 }.First(code => !codes.Contains(code));
        PropertyOutcome.Require(
            Describe(unlisted).Contains(unlisted.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            $"GetDescription({unlisted}), a code the page lacks, does not name the number");
    }

    private static IEnumerable<int> LinesOf(PropertyOutcome outcome, string id)
        => outcome.Diagnostics.Where(diagnostic => diagnostic.Id == id).Select(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition.Line).OrderBy(line => line);

    private static string FallbackName(int code)
        => code < 0 ? "CodeMinus" + (-(long)code).ToString(CultureInfo.InvariantCulture) : "Code" + code.ToString(CultureInfo.InvariantCulture);

    private static string Show((int Code, string Text) entry) => entry.Code.ToString(CultureInfo.InvariantCulture) + ": " + Show(entry.Text);

    private static string Show(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
