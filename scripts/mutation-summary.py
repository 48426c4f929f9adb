#!/usr/bin/env python3
"""The generator's mutation score, summed over Stryker runs of its parts.

    scripts/mutation-summary.py                       # the committed summaries
    scripts/mutation-summary.py StrykerOutput/*/reports/mutation-report.md

Each argument is the Markdown summary of one run (Stryker's "Markdown" reporter, kept in
scripts/stryker-results/ as <UTC time>.md). The generator is mutated a
few files at a time, so a file's figures come from the latest run (by file name) that tested it.
Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
"""
import glob
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "scripts/stryker-results/*.md")))
latest = {}
for path in sorted(paths):
    with open(path, encoding="utf-8-sig") as summary:
        for line in summary:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            # N/A: the file was not mutated in that run (outside its --mutate, or nothing to mutate).
            if len(cells) < 7 or not cells[0].endswith(".cs") or cells[1] == "N\\/A":
                continue
            killed, survived, timeout, no_coverage = (int(cells[i]) for i in (2, 3, 4, 5))
            latest[cells[0].replace("\\/", "/")] = (killed + timeout, survived + no_coverage, os.path.basename(path))

if not latest:
    sys.exit("no Stryker summaries given or found")

# Only the generator's files as they are now count: a file that was removed or renamed since its run
# is left out, and a file no run has tested yet is listed as such (the score is then of the others).
generator = os.path.join(root, "src", "Ebet.StatusCodes.Generator")
current = sorted(
    os.path.relpath(os.path.join(folder, name), generator).replace(os.sep, "/")
    for folder, folders, names in os.walk(generator)
    if not os.path.relpath(folder, generator).split(os.sep)[0] in ("bin", "obj")
    for name in names if name.endswith(".cs"))
gone = sorted(name for name in latest if name not in current)
latest = {name: value for name, value in latest.items() if name in current}
untested = [name for name in current if name not in latest]

detected = undetected = 0
for name in sorted(latest):
    found, missed, run = latest[name]
    detected += found
    undetected += missed
    print(f"{name:42} {found:4} of {found + missed:4}  {100 * found / (found + missed):6.2f}%   {run}")
for name in untested:
    print(f"{name:42}  no mutant scored by any run (not mutated yet, or nothing to mutate)")
label = "generator (every file tested)" if not untested else f"generator ({len(latest)} of {len(current)} files)"
print(f"{label:42} {detected:4} of {detected + undetected:4}  {100 * detected / (detected + undetected):6.2f}%")
if gone:
    print("left out (no longer in the generator): " + ", ".join(gone))
