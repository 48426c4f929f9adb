#!/usr/bin/env python3
"""Attributes `perf script` samples of the generator's full-run loop to pipeline steps and modules.

Usage: profile-steps.py PERF_SCRIPT_OUTPUT FULL_LOOP_LINE MARKDIG_LOOP_LINE (see profile-full-run.sh).

A sample counts when its stack holds GeneratorDriver.RunGeneratorsCore (the run). Its step is the
innermost pipeline step on the stack; samples under none are the driver's, between steps. Its
module is that of the method it was in: this generator, Markdig, Roslyn, the .NET libraries, or the
runtime itself (allocation, garbage collection, type loading). Markdig is also counted inclusively:
every sample with a Markdig method anywhere on its stack, with what Markdig calls.
"""
import collections
import re
import sys

STEPS = [
    ("StatusPageReader::Read", "read the page"),
    ("SideFileLoader::Load", "read the side files"),
    ("CatalogBuilder::Build", "build the catalog"),
    ("PipelineSteps::Emit", "emit the source"),
    ("InputFile::Classify", "classify the inputs"),
    ("SideFileConflicts::Find", "other steps"),
    ("TypeClaims::Claim", "other steps"),
]

# "[Module] Namespace.Type::Method(" names the method's own module; a return type is written
# "[Module]Type" without the space.
METHOD = re.compile(r"\[([^\]]+)\] [^\s(]+::[^\s(]+\(")


def module_of(frame, dso):
    match = METHOD.search(frame)
    if match:
        name = match.group(1)
        if name == "Ebet.StatusCodes.Generator":
            return "this generator"
        if name == "Markdig":
            return "Markdig"
        if name.startswith("Microsoft.CodeAnalysis") or name.startswith("microsoft.codeanalysis"):
            return "Roslyn"
        return ".NET libraries"
    if "System.Private.CoreLib" in dso or "System." in dso:
        return ".NET libraries"
    return "runtime (allocation, GC, stubs)"


def samples(path):
    frames = []
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield frames
            frames = []
            continue
        if line.startswith("\t") or line.startswith(" "):
            match = re.match(r"\s*[0-9a-f]+ (.*) \((.*)\)$", line)
            if match:
                frames.append((match.group(1), match.group(2)))
    if frames:
        yield frames


def microseconds(path):
    match = re.search(r"([0-9.]+) us each", open(path, encoding="utf-8").read())
    return float(match.group(1))


def main():
    perf, full_line, markdig_line = sys.argv[1:4]
    by_step = collections.Counter()
    by_module = collections.Counter()
    by_both = collections.Counter()
    markdig_inclusive = 0
    total = 0
    for stack in samples(perf):
        text = "\n".join(frame for frame, _ in stack)
        if "GeneratorDriver::RunGeneratorsCore" not in text:
            continue
        total += 1
        step = next((label for frame, _ in stack for key, label in STEPS if key in frame), "the driver, between steps")
        module = module_of(*stack[0])
        by_step[step] += 1
        by_module[module] += 1
        by_both[(step, module)] += 1
        if any(module_of(*frame) == "Markdig" for frame in stack):
            markdig_inclusive += 1

    full = microseconds(full_line)
    markdig = microseconds(markdig_line)
    print()
    print(f"full run {full:.1f} us, MarkdigParseOnly {markdig:.1f} us: {full / markdig:.1f}x (plain loops, no profiler)")
    print(f"{total} samples inside runs")
    print()
    print("| step | share of a run | of which Markdig's code | runtime |")
    print("| --- | ---: | ---: | ---: |")
    for step, count in by_step.most_common():
        own = by_both[(step, "Markdig")]
        runtime = by_both[(step, "runtime (allocation, GC, stubs)")]
        print(f"| {step} | {100 * count / total:.1f}% | {100 * own / total:.1f}% | {100 * runtime / total:.1f}% |")
    print()
    print("| module of the sampled method | share of a run |")
    print("| --- | ---: |")
    for module, count in by_module.most_common():
        print(f"| {module} | {100 * count / total:.1f}% |")
    print()
    driver_bucket = "the driver, between steps"
    driver = by_step[driver_bucket] / total
    generator_in_driver = by_both[(driver_bucket, "this generator")] / total
    markdig_share = markdig_inclusive / total
    print(f"Markdig on the stack (its calls included): {100 * markdig_share:.1f}% of a run, {markdig_share * full:.0f} us; "
          f"its own methods {100 * by_module['Markdig'] / total:.1f}%.")
    print(f"The driver between steps: {100 * driver:.1f}% of a run, of which this generator's methods "
          f"(its lambdas, comparers) {100 * generator_in_driver:.1f}%.")
    floor = (driver - generator_in_driver + markdig_share) * full
    print(f"The driver (without this generator's methods) and Markdig: {100 * (driver - generator_in_driver + markdig_share):.1f}% of a run, "
          f"{floor:.0f} us, {floor / markdig:.1f}x MarkdigParseOnly; 4x is {4 * markdig:.0f} us.")


if __name__ == "__main__":
    main()
