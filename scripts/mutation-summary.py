#!/usr/bin/env python3
"""The generator's mutation score, summed over Stryker runs of its parts.

    scripts/mutation-summary.py                       # the committed summaries
    scripts/mutation-summary.py StrykerOutput/*/reports/mutation-report.md

Each argument is the Markdown summary of one run (Stryker's "Markdown" reporter, kept in
tests/Ebet.StatusCodes.Generator.Tests/StrykerResults/ as <UTC time>.md). The generator is mutated a
few files at a time, so a file's figures come from the latest run (by file name) that tested it.
Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
"""
import glob
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "tests/Ebet.StatusCodes.Generator.Tests/StrykerResults/*.md")))
latest = {}
for path in sorted(paths):
    with open(path, encoding="utf-8-sig") as summary:
        for line in summary:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if len(cells) < 7 or not cells[0].endswith(".cs") or cells[1] == "N\\/A":
                continue
            killed, survived, timeout, no_coverage = (int(cells[i]) for i in (2, 3, 4, 5))
            latest[cells[0].replace("\\/", "/")] = (killed + timeout, survived + no_coverage, os.path.basename(path))

if not latest:
    sys.exit("no Stryker summaries given or found")

detected = undetected = 0
for name in sorted(latest):
    found, missed, run = latest[name]
    detected += found
    undetected += missed
    print(f"{name:42} {found:4} of {found + missed:4}  {100 * found / (found + missed):6.2f}%   {run}")
print(f"{'generator (every file tested)':42} {detected:4} of {detected + undetected:4}  {100 * detected / (detected + undetected):6.2f}%")
