using System;
using System.Collections.Generic;
using System.Linq;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.GeneratedCode;

/// <summary>
/// Consumers build with warnings as errors, every warning wave, documentation warnings and the
/// oldest language their target allows. The generated code must compile without a single
/// diagnostic under each setting, not only under ours.
/// </summary>
public class StrictConsumerTests
{
    public enum Setting
    {
        NetStandard20CSharp73NullableDisabled,
        NetStandard20CSharp8NullableEnabled,
        Net100LatestNullableEnabled,
    }

    public static IEnumerable<object[]> Cases()
        => from setting in Enum.GetValues<Setting>()
           from catalog in new[] { "ebet", "zero-config", "hostile", "large" }
           select new object[] { setting, catalog };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_code_compiles_without_any_diagnostic(Setting setting, string catalog)
    {
        var (references, language, nullable) = setting switch
        {
            Setting.NetStandard20CSharp73NullableDisabled => (ReferenceAssemblies.NetStandard20, LanguageVersion.CSharp7_3, NullableContextOptions.Disable),
            Setting.NetStandard20CSharp8NullableEnabled => (ReferenceAssemblies.NetStandard20, LanguageVersion.CSharp8, NullableContextOptions.Enable),
            _ => (ReferenceAssemblies.Net100, LanguageVersion.Latest, NullableContextOptions.Enable),
        };
        var input = Catalog(catalog);
        var parseOptions = new CSharpParseOptions(language, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "StrictConsumer",
            new[] { CSharpSyntaxTree.ParseText(ConsumerCode(catalog, nullable == NullableContextOptions.Enable), parseOptions) },
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Error));

        GeneratorHarness.CreateDriver(input, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Equal(compilation.SyntaxTrees.Length + 1, output.SyntaxTrees.Count());
        var diagnostics = output.GetDiagnostics();
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));

        // From C# 8 on, the output carries nullable annotations (a nullable consumer sees
        // TryParse's string? and GetMessage's CultureInfo?); before, it must not.
        var generated = output.SyntaxTrees.Except(compilation.SyntaxTrees).Single().ToString();
        Assert.Equal(language >= LanguageVersion.CSharp8, generated.Contains("#nullable enable", StringComparison.Ordinal));
    }

    private static GeneratorInput Catalog(string name) => name switch
    {
        "ebet" => GeneratorInput.EbetSpec(),
        "zero-config" => new GeneratorInput().Catalog("codes.md", "| Code | Description |\n| - | - |\n| 0 | OK |\n| -1 | failed |\n", "Codes"),

        // Beyond the switch limit the lookups are arrays and binary searches: the other shape of the code.
        "large" => new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n" + string.Concat(Enumerable.Range(0, Generator.Emitting.LookupWriter.SwitchLimit + 1).Select(i => "| " + (i * 3) + " | text " + i + " |\n")), "Codes", "zh-Hans")
            .File("codes.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 0 | Code0 | Retryable |\n| 3 | 成功 | Success |\n")
            .File("codes.en.md", "| Code | Message |\n| - | - |\n| 0 | zero |\n"),
        _ => new GeneratorInput()
            .Catalog("codes.md", "| Code | Description |\n| - | - |\n| 1 | \"q\" \\\\ </summary> &amp; \u2028 \u202E 😀 |\n| 2 | two |\n", "Codes")
            .File("codes.overlay.md", "| Code | Member | Class |\n| - | - | - |\n| 1 | class |\n| 2 | 成功 | Success |\n"),
    };

    /// <summary>Consumer code that touches every member, with the nullable annotations a consumer would write.</summary>
    private static string ConsumerCode(string catalog, bool nullable)
    {
        var (type, member) = catalog == "ebet" ? ("Ebet.StatusCodes.EbetStatusCode", "InvalidSignature") : ("Test.Catalogs.Codes", catalog is "hostile" or "large" ? "成功" : "Code0");
        var nullableString = nullable ? "string?" : "string";

        // The zero-config catalog has no overlay, so no classes: no GetClass and no Is… methods to call.
        var classes = catalog == "zero-config"
            ? string.Empty
            : "+ value.GetClass() + value.IsSuccess() + value.IsPending() + value.IsIndeterminate() + value.IsRetryable() + value.IsRejected() + value.IsFatal()";
        var @namespace = type.Substring(0, type.LastIndexOf('.'));
        return $$"""
            using {{@namespace}};

            /// <summary>Uses the generated API.</summary>
            public static class Consumer
            {
                /// <summary>Calls everything.</summary>
                /// <param name="name">A name, or null.</param>
                /// <returns>Some text.</returns>
                public static string Use({{nullableString}} name)
                {
                    var value = {{type}}.{{member}};
                    {{type}}Extensions.TryParse(name, out value, ignoreCase: true);
                    return value.ToStringFast() + value.GetDescription() + value.GetMessage() + value.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
                        {{classes}}
                        + value.IsDefined() + {{type}}Extensions.IsDefined(0) + {{type}}Extensions.Values.Count + {{type}}Extensions.Names[0];
                }
            }
            """;
    }
}
