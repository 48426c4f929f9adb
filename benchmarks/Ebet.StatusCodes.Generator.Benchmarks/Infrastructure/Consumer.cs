using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ebet.StatusCodes.Generator.Benchmarks.Infrastructure;

/// <summary>The consumer's compilation the generators run on: a small net10.0 program.</summary>
internal static class Consumer
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public const string Program = """
        namespace Consumer;

        public static class Program
        {
            public static int Main(string[] args) => args.Length;
        }
        """;

    /// <summary>The same program after a keystroke that has nothing to do with either generator.</summary>
    public const string EditedProgram = """
        namespace Consumer;

        public static class Program
        {
            public static int Main(string[] args) => args.Length + 1;
        }
        """;

    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary><paramref name="compilation"/> with its program replaced by <see cref="EditedProgram"/>.</summary>
    public static CSharpCompilation WithEditedProgram(CSharpCompilation compilation)
    {
        var program = compilation.SyntaxTrees.First();
        return compilation.ReplaceSyntaxTree(program, CSharpSyntaxTree.ParseText(EditedProgram, ParseOptions));
    }

    /// <summary>Drivers as the compiler makes them: no step tracking unless a check asks for it.</summary>
    public static GeneratorDriverOptions DriverOptions(bool trackSteps = false)
        => new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps);

    public static ImmutableArray<AdditionalText> Texts(System.Collections.Generic.IEnumerable<AdditionalText> texts) => texts.ToImmutableArray();
}
