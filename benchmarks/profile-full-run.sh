#!/usr/bin/env bash
# Where the generator's full run goes, step by step, and how much of it is neither this generator's
# code nor avoidable by it: Markdig's own code inside the run, and Roslyn's driver between the steps.
#   1. times a plain loop of the full run and of Markdig's parse alone (MarkdigParseOnly), no profiler;
#   2. samples the full run's loop with `perf record` (cpu-clock, call graphs; JIT frames named
#      through the runtime's perf map) and attributes every sample to the pipeline step on its stack
#      and to the module of the method it was in (profile-steps.py).
# Needs perf (Debian's linux-perf) and python3. About a minute. Run it on a quiet machine.
#   benchmarks/profile-full-run.sh [SECONDS]   (default 20 per loop)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
command -v perf >/dev/null || { echo "perf is not installed (Debian: apt-get install linux-perf)" >&2; exit 2; }

project=benchmarks/Ebet.StatusCodes.Generator.Benchmarks
dotnet build -c Release "$project" -v quiet -nologo >/dev/null
exe="$project/bin/Release/net10.0/Ebet.StatusCodes.Generator.Benchmarks"
work="$(mktemp -d)"
touch "$work/start"
# The runtime writes its perf maps to /tmp/perf-PID.map (where perf looks for them): removed with the rest.
trap 'find /tmp -maxdepth 1 \( -name "perf-*.map" -o -name "perfinfo-*.map" \) -newer "$work/start" -delete 2>/dev/null; rm -rf "$work"' EXIT

"$exe" --profile markdig "$seconds" | tee "$work/markdig.txt"
"$exe" --profile full "$seconds" | tee "$work/full.txt"

# The first 5 s (setup, JIT, tiering) are not sampled. W^X off so that JIT code is not in a
# double-mapped file that perf cannot name; the perf map names every method the JIT compiled.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -q -e cpu-clock -F 1999 -g -D 5000 -o "$work/perf.data" "$exe" --profile full "$((seconds + 5))" >/dev/null
perf script -i "$work/perf.data" 2>/dev/null > "$work/perf.txt"
python3 benchmarks/profile-steps.py "$work/perf.txt" "$work/full.txt" "$work/markdig.txt"
