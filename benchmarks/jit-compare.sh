#!/usr/bin/env bash
# Does the JIT compile a generated lookup and its hand-written baseline to the same machine code?
# Runs the run-time benchmarks whose names match FILTER in process (--quick) with DOTNET_JitDisasm
# on the two benchmark methods, then diffs their final-tier (Tier1) listings, headers left out.
#   benchmarks/jit-compare.sh GENERATED BASELINE FILTER
#   e.g. benchmarks/jit-compare.sh IsRetryable HandWrittenIsRetryable '*IsRetryable*'
# Prints both listings' sizes, then the listing when the instructions are the same (exit 0), else the diff (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 3 ] || { echo "usage: $0 GENERATED BASELINE FILTER" >&2; exit 2; }
generated="$1" baseline="$2" filter="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release benchmarks/Ebet.StatusCodes.Benchmarks -v quiet -nologo >/dev/null
DOTNET_JitDisasm="*LookupBenchmarks:$generated *LookupBenchmarks:$baseline" \
  DOTNET_JitStdOutFile="$work/disasm.txt" \
  dotnet run -c Release --no-build --project benchmarks/Ebet.StatusCodes.Benchmarks -- --quick --filter "$filter" >/dev/null

# The last Tier1 listing of a method: from its "Assembly listing" line to the next one, comments out.
listing() {
  awk -v name=":$1():" '
    /^; Assembly listing for method/ { keep = (index($0, name) > 0 && index($0, "(Tier1") > 0); if (keep) { body = "" } next }
    keep && !/^;/ && NF { sub(/ *;.*$/, ""); body = body $0 "\n" }
    END { printf "%s", body }' "$work/disasm.txt"
}
listing "$generated" > "$work/generated.asm"
listing "$baseline" > "$work/baseline.asm"
[ -s "$work/generated.asm" ] && [ -s "$work/baseline.asm" ] || { echo "no Tier1 listing for one of them (did the filter run both?)" >&2; exit 2; }
# Instructions only: not the block labels (G_M000_IG01:) nor the loop alignment directives.
instructions() { grep -Ecv '^(G_M|[[:space:]]*align)' "$1" || true; }
echo "$generated: $(instructions "$work/generated.asm") instructions; $baseline: $(instructions "$work/baseline.asm")"
if diff "$work/baseline.asm" "$work/generated.asm"; then
  echo "the same instructions:"
  cat "$work/generated.asm"
else
  exit 1
fi
