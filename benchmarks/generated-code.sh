#!/usr/bin/env bash
# The figures of the generated code, in one command; run it on a quiet machine (nothing else running).
#   1. the size of the code emitted for the library's three catalogs (what every consumer build parses);
#   2. every run-time lookup against the hand-written switch, in the same run (the fixed job, about 10 minutes);
#   3. the generator's full run beside Markdig's parse and the .resx generator, and its steps (emission among them).
# Reports: BenchmarkDotNet.Artifacts/results/ (2 and 3); the console for 1.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build -c Release benchmarks/Ebet.StatusCodes.Benchmarks
dotnet build -c Release benchmarks/Ebet.StatusCodes.Generator.Benchmarks
dotnet run -c Release --no-build --project benchmarks/Ebet.StatusCodes.Generator.Benchmarks -- --check emitted
dotnet run -c Release --no-build --project benchmarks/Ebet.StatusCodes.Benchmarks -- --verify
dotnet run -c Release --no-build --project benchmarks/Ebet.StatusCodes.Benchmarks -- --filter '*'
dotnet run -c Release --no-build --project benchmarks/Ebet.StatusCodes.Generator.Benchmarks -- --filter '*.FullRunBenchmarks.*' '*.FullRunBreakdownBenchmarks.*'
