"""Time term extraction: per report (wg4-2022) and per 10,000 sentence pairs (median of runs).

Reading and aligning the documents is done once before timing; each timed run segments,
word-aligns (together with the shipped background of UN pairs, glossary/background.py),
extracts and ranks, with the default settings: two word alignments averaged. The baseline is
the same run with one alignment (--alignments 1), and the ratio says what the second costs.
The target is a report in under 5 s. The 10,000-pair figure runs the development set's 4,000
pairs repeated to 10,000 (the aligner's cost grows with pairs; repeated text is as costly as new).
Usage: python scripts/bench_glossary.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _examples import ROOT, devset_rows

from unbitext.glossary.extract import DEFAULT_ALIGNMENTS, ExtractOptions, extract
from unbitext.glossary.segment import zh_tokens
from unbitext.glossary.units import AlignedUnit, UnitSource, units_from_documents


def timed(sources: list[UnitSource], runs: int, alignments: int = DEFAULT_ALIGNMENTS) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(sources, ExtractOptions(alignments=alignments))
        times.append(time.perf_counter() - start)
    return times


def against_one_alignment(sources: list[UnitSource], runs: int) -> str:
    default, baseline = statistics.median(timed(sources, runs)), statistics.median(timed(sources, runs, 1))
    return f"median of {runs} {default:.2f} s; one alignment {baseline:.2f} s; ratio {default / baseline:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    zh_tokens("预热")  # jieba loads its dictionary once per process (about 0.7 s), before timing
    report = units_from_documents(ROOT / "examples/wg4-2022/zh.txt", ROOT / "examples/wg4-2022/en.txt")
    times = timed([report], runs)
    median = statistics.median(times)
    print(f"report (wg4-2022, {len(report.units)} units): median of {runs} {median:.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}); target < 5 s: {'ok' if median < 5 else 'MISSED'}")
    print(f"  the same report: {against_one_alignment([report], runs)}")
    rows = devset_rows()
    units = tuple(AlignedUnit(f"devset:{n}", *rows[n % len(rows)][1:3]) for n in range(10_000))
    ten_thousand = [UnitSource(units, "en", "devset x2.5")]
    print(f"10,000 sentence pairs: {against_one_alignment(ten_thousand, max(1, runs // 2))}")


if __name__ == "__main__":
    main()
