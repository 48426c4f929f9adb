using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Ebet.StatusCodes.Generator.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Ebet.StatusCodes.Generator.Tests.PropertyTests;

/// <summary>
/// The differential oracle for table boundaries and cell text: for random pages with hostile markup
/// around and inside their tables (<see cref="OracleCase"/>), the tables the generator reads are the
/// tables a reader sees (<see cref="RenderingOracle"/>), cell for cell. Rows may have fewer cells than
/// the header: the generator keeps them as written (and reports them), GitHub pads them with empty cells.
/// </summary>
public class RenderingOracleProperties
{
    private readonly ITestOutputHelper _output;

    public RenderingOracleProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_tables_the_generator_reads_are_the_tables_a_reader_sees()
    {
        PropertySettings.Sample(OracleCase.Gen, Check, _output, "rendering oracle", quick: 400);
    }

    private static void Check(OracleCase testCase)
    {
        var file = MarkdownFile.Read("/p.md", testCase.Page, default);
        PropertyOutcome.Require(file.Diagnostics.Count == 0, "the reader reported: " + string.Join("; ", file.Diagnostics.Select(diagnostic => string.Join(" ", diagnostic.Arguments))));
        var expected = RenderingOracle.Tables(testCase.OraclePage);
        var actual = file.Tables.Select(table => new[] { table.Header.Select(cell => cell.Text).ToList() }.Concat(table.Rows.Select(row => row.Cells.Select(cell => cell.Text).ToList())).ToList()).ToList();
        PropertyOutcome.Require(actual.Count == expected.Count, $"the generator reads {actual.Count} tables, a reader sees {expected.Count}: {Show(actual)} / {Show(expected)}");
        for (var t = 0; t < actual.Count; t++)
        {
            PropertyOutcome.Require(actual[t].Count == expected[t].Count, $"table {t}: the generator reads {actual[t].Count} rows, a reader sees {expected[t].Count}: {Show(actual)} / {Show(expected)}");
            for (var r = 0; r < actual[t].Count; r++)
            {
                var ours = actual[t][r];
                var theirs = expected[t][r];
                PropertyOutcome.Require(
                    ours.Count <= theirs.Count && ours.SequenceEqual(theirs.Take(ours.Count)) && theirs.Skip(ours.Count).All(cell => cell.Length == 0),
                    $"table {t} row {r}: the generator reads {Show(ours)}, a reader sees {Show(theirs)}");
            }
        }
    }

    private static string Show(IEnumerable<string> cells)
        => "[" + string.Join(", ", cells.Select(cell => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(cell, quote: true))) + "]";

    private static string Show(List<List<List<string>>> tables)
        => string.Join(" ", tables.Select(table => "{" + string.Join(" ", table.Select(Show)) + "}"));
}
