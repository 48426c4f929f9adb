#!/usr/bin/env bash
# The consumer's build, with the generator and without it.
#
#   benchmarks/consumer-build/run.sh [PAIRS]     (default 11)
#
# WithGenerator/ builds a small app whose status codes come from the generator (ProjectReference as
# src/Ebet.StatusCodes has it, the real spec/ files, the library's three catalogs). HandWritten/ is
# the same app with the files the generator wrote copied in, and no generator. Each is built with
#   dotnet build --no-incremental --no-restore --no-dependencies
# (a full compile of the app only: the generator project itself is built once beforehand, as a
# package consumer never builds it), PAIRS times, alternating which goes first, after one discarded
# warm-up build of each. Prints every wall time, the medians and their ratio, the median of the
# per-pair ratios (which drifting load on the machine disturbs less; goal: under 1.05), and the
# compiler's own timing of the generator in one more build (-p:ReportAnalyzer=true).
# This machine sets UseSharedCompilation=false, so every build starts a fresh compiler process that
# loads and JITs the generator and Markdig: no compiler server hides that cost.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pairs="${1:-11}"
with="$here/WithGenerator/WithGenerator.csproj"
hand="$here/HandWritten/HandWritten.csproj"
quiet=(-nologo -v:q -clp:ErrorsOnly)

echo "Preparing: generator, WithGenerator (writing the generated files), HandWritten with a copy of them"
dotnet build "$with" "${quiet[@]}" -p:EmitCompilerGeneratedFiles=true >/dev/null
generated_dir="$(find "$here/WithGenerator/obj" -type d -path '*generated/Ebet.StatusCodes.Generator/*' | head -n 1)"
if [[ -z "$generated_dir" ]] || ! ls "$generated_dir"/*.g.cs >/dev/null 2>&1; then
  echo "The generator wrote no file for WithGenerator." >&2
  exit 1
fi
rm -rf "$here/HandWritten/Generated"
mkdir -p "$here/HandWritten/Generated"
cp "$generated_dir"/*.g.cs "$here/HandWritten/Generated/"
echo "Copied into HandWritten/Generated: $(cd "$here/HandWritten/Generated" && ls | tr '\n' ' ')"
dotnet build "$hand" "${quiet[@]}" >/dev/null

# Same program, same code: the two apps must print the same.
if ! diff <(dotnet "$here/WithGenerator/bin/Debug/net10.0/WithGenerator.dll") <(dotnet "$here/HandWritten/bin/Debug/net10.0/HandWritten.dll") >/dev/null; then
  echo "The two apps print different output: they are not the same code." >&2
  exit 1
fi

build_ms() {
  local start end
  start=$(date +%s%N)
  dotnet build "$1" --no-incremental --no-restore --no-dependencies "${quiet[@]}" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Warm-up (discarded): with generator $(build_ms "$with") ms, hand-written $(build_ms "$hand") ms"

with_times=()
hand_times=()
pair_ratios=()
echo
echo "| pair | with generator (ms) | hand-written (ms) | ratio | first |"
echo "| ---: | ---: | ---: | ---: | --- |"
for ((i = 1; i <= pairs; i++)); do
  if (( i % 2 )); then
    w=$(build_ms "$with"); h=$(build_ms "$hand"); first="with generator"
  else
    h=$(build_ms "$hand"); w=$(build_ms "$with"); first="hand-written"
  fi
  with_times+=("$w")
  hand_times+=("$h")
  ratio=$(awk -v w="$w" -v h="$h" 'BEGIN { printf "%.3f", w / h }')
  pair_ratios+=("$ratio")
  echo "| $i | $w | $h | $ratio | $first |"
done

with_median=$(printf '%s\n' "${with_times[@]}" | median)
hand_median=$(printf '%s\n' "${hand_times[@]}" | median)
echo
echo "| build | median wall time (ms) |"
echo "| --- | ---: |"
echo "| with generator | $with_median |"
echo "| hand-written | $hand_median |"
awk -v w="$with_median" -v h="$hand_median" 'BEGIN { printf "\nratio of the medians (with generator / hand-written): %.3f\n", w / h }'
echo "median of the per-pair ratios: $(printf '%s\n' "${pair_ratios[@]}" | median)  (goal: under 1.05)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# What the compiler itself reports for the generator in one more such build (its /reportanalyzer
# table): the generator's share of a cold build, independent of the noise in the wall times.
echo
echo "The compiler's own timing of the generators in one more build with the generator (-p:ReportAnalyzer=true):"
dotnet build "$with" --no-incremental --no-restore --no-dependencies -nologo -v:d -p:ReportAnalyzer=true \
  | awk '/Total generator execution time/ { sub(/^ +/, "  "); print } /Time \(s\) +% +Generator/ { on = 1 } on && /Done building target/ { exit } on && (/Time \(s\)/ || /Version=/) { sub(/^ +/, "  "); print }'
