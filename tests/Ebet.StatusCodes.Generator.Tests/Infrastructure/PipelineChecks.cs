using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Ebet.StatusCodes.Generator.Tests.Infrastructure;

/// <summary>
/// What every generator run must allow the IDE: a second run over the same inputs reuses every
/// step, and no step keeps a compilation, a symbol or syntax alive. The harness checks it on every
/// run, so each test's input is also a caching test.
/// </summary>
internal static class PipelineChecks
{
    /// <summary>Every tracked step of the pipeline, read from <see cref="TrackingNames"/> so a new step cannot be missed.</summary>
    public static readonly string[] AllSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>A second run with nothing changed: every step cached or unchanged, every output cached.</summary>
    public static void AssertSecondRunIsCached(GeneratorDriver driver, Compilation compilation)
    {
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        foreach (var (step, runs) in result.TrackedSteps)
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A second run with no change re-ran {step}: {output.Reason}");
            }
        }

        foreach (var output in result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs))
        {
            Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"A second run with no change re-ran an output: {output.Reason}");
        }
    }

    /// <summary>
    /// Every value the first run's steps produced holds no Roslyn object that would keep a
    /// compilation alive. Only the generator's own steps: the driver's output step (SourceOutput)
    /// holds the diagnostics it reported, with their locations, by design.
    /// </summary>
    public static void AssertNoStepHoldsRoslynObjects(GeneratorRunResult result)
    {
        foreach (var (step, runs) in result.TrackedSteps.Where(pair => AllSteps.Contains(pair.Key)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, step);
            }
        }
    }

    public static void AssertHoldsNoRoslynObjects(object? value, string step)
        => AssertHoldsNoRoslynObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void AssertHoldsNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location, $"{step} holds a {value.GetType().Name}");
        if (value is AdditionalText)
        {
            // An input the driver itself hands out and keeps; it is the file, not a model of it.
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
