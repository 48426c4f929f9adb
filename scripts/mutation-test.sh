#!/usr/bin/env bash
# Mutation testing of the generator (src/Ebet.StatusCodes.Generator) with Stryker.NET, against the
# generator's test project. The tool is a local one (.config/dotnet-tools.json); its settings are in
# tests/Ebet.StatusCodes.Generator.Tests/stryker-config.json.
#
#   scripts/mutation-test.sh              # in this work tree
#   scripts/mutation-test.sh --isolated   # in a temporary copy of it (tracked and new files), so that
#                                         # builds and test runs here meanwhile do not meet Stryker's
#   scripts/mutation-test.sh --isolated --concurrency 1   # further options go to dotnet-stryker
#
# Stryker rebuilds the test project and swaps mutated generator assemblies into its bin/ folder: do
# not build or test that project in the same tree while it runs (hence --isolated). With two cores a
# run takes a few hours. The reports (HTML, JSON, Markdown) are written to StrykerOutput/<UTC time>/
# at the root of this tree, which git ignores; the last lines of the output give the score.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

isolated=false
if [[ "${1:-}" == "--isolated" ]]; then
  isolated=true
  shift
fi

output="$root/StrykerOutput/$(date -u +%Y-%m-%dT%H-%M-%SZ)"
work="$root"
if [[ "$isolated" == true ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -cf - -T - 2>/dev/null | tar -xf - -C "$work"
fi

# Stryker runs the tests that cover a mutant once per mutant: the property tests run a few cases
# each there (their CI setting runs hundreds, the long one a hundred thousand).
export EBET_PROPERTY_ITERATIONS="${EBET_PROPERTY_ITERATIONS:-25}"

cd "$work"
dotnet tool restore
cd tests/Ebet.StatusCodes.Generator.Tests
dotnet dotnet-stryker --config-file stryker-config.json --output "$output" --skip-version-check "$@"
echo "Reports: $output/reports/"
