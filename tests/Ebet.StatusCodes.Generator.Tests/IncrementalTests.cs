using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Ebet.StatusCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke in the IDE: a second run must reuse what did not change.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] s_allSteps = PipelineChecks.AllSteps;

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached()
    {
        var first = FirstRun.Of(GeneratorInput.EbetSpec());

        var edited = first.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"));
        var result = first.Driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in s_allSteps)
        {
            Assert.All(
                result.TrackedSteps[step].SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_culture_file_rereads_only_that_file()
    {
        var first = FirstRun.Of(GeneratorInput.EbetSpec());
        var before = first.Text("ebet-status-codes.zh-Hant.md");
        var after = new InMemoryAdditionalText(before.Path, before.GetText()!.ToString().Replace("簽名不正確", "簽名錯誤", StringComparison.Ordinal));

        var result = first.Driver.ReplaceAdditionalText(before, after).RunGenerators(first.Compilation).GetRunResult().Results.Single();

        var sideFiles = result.TrackedSteps[TrackingNames.SideFiles].SelectMany(run => run.Outputs).ToList();
        Assert.Single(sideFiles, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(3, sideFiles.Count(output => output.Reason == IncrementalStepRunReason.Cached));
        Assert.All(result.TrackedSteps[TrackingNames.Pages].SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains("簽名錯誤", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_added_to_the_page_outside_the_table_leaves_the_source_unchanged()
    {
        var first = FirstRun.Of(GeneratorInput.EbetSpec());
        var before = first.Text("ebet-status-codes.md");
        var after = new InMemoryAdditionalText(before.Path, before.GetText()!.ToString() + "\nA paragraph the vendor added.\n");

        var result = first.Driver.ReplaceAdditionalText(before, after).RunGenerators(first.Compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Pages].SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Rows_that_move_down_the_page_keep_the_source_cached()
    {
        var first = FirstRun.Of(GeneratorInput.EbetSpec());
        var before = first.Text("ebet-status-codes.md");
        var after = new InMemoryAdditionalText(before.Path, before.GetText()!.ToString().Replace("# eBET状态码\n", "# eBET状态码\n\nA note the vendor added.\n", StringComparison.Ordinal));

        var result = first.Driver.ReplaceAdditionalText(before, after).RunGenerators(first.Compilation).GetRunResult().Results.Single();

        // The rows' locations moved, so the page model changed; the emitted model did not.
        Assert.All(result.TrackedSteps[TrackingNames.Pages].SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Sources].SelectMany(run => run.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void No_pipeline_model_holds_a_compilation_a_symbol_or_syntax()
    {
        var result = FirstRun.Of(GeneratorInput.EbetSpec()).Driver.GetRunResult().Results.Single();

        foreach (var step in s_allSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                PipelineChecks.AssertHoldsNoRoslynObjects(output.Value, step);
            }
        }
    }

    [Fact]
    public void The_harness_check_fails_when_a_step_runs_again()
    {
        var first = FirstRun.Of(GeneratorInput.EbetSpec());
        var before = first.Text("ebet-status-codes.en.md");
        var edited = first.Driver.ReplaceAdditionalText(before, new InMemoryAdditionalText(before.Path, before.GetText()!.ToString() + "\nMore notes.\n"));

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PipelineChecks.AssertSecondRunIsCached(edited, first.Compilation));
        PipelineChecks.AssertSecondRunIsCached(first.Driver, first.Compilation);
    }

    private sealed record FirstRun(GeneratorDriver Driver, Compilation Compilation, IReadOnlyList<AdditionalText> Texts)
    {
        public static FirstRun Of(GeneratorInput input)
        {
            var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class Program { }") }, ReferenceAssemblies.Net100);
            var texts = input.AdditionalTexts().ToList();
            var driver = CSharpGeneratorDriver.Create(
                new[] { new StatusCodeGenerator().AsSourceGenerator() },
                texts,
                new CSharpParseOptions(LanguageVersion.Latest),
                input.Options(),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            return new FirstRun(driver.RunGenerators(compilation), compilation, texts);
        }

        public AdditionalText Text(string fileName) => Texts.Single(text => text.Path == GeneratorInput.SpecDirectory + fileName);
    }
}
