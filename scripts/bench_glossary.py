"""Time term extraction: per report (wg4-2022) and per 10,000 sentence pairs (median of runs).

Reading and aligning the documents is done once before timing; each timed run segments,
word-aligns (with the shipped background of 3,417 UN pairs), extracts and ranks. The target
is a report in under 5 s. The 10,000-pair figure runs the development set's 4,000 pairs
repeated to 10,000 (the aligner's cost grows with pairs; repeated text is as costly as new).
Usage: python scripts/bench_glossary.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _examples import ROOT

from unbitext.glossary.extract import ExtractOptions, extract
from unbitext.glossary.segment import zh_tokens
from unbitext.glossary.units import AlignedUnit, UnitSource, units_from_documents


def timed(sources: list[UnitSource], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(sources, ExtractOptions())
        times.append(time.perf_counter() - start)
    return times


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
    devset = ROOT / "examples" / "unv1-devset"
    zh = (devset / "zh.txt").read_text(encoding="utf-8").splitlines()
    en = (devset / "en.txt").read_text(encoding="utf-8").splitlines()
    units = tuple(AlignedUnit(f"devset:{n}", zh[n % len(zh)], en[n % len(en)]) for n in range(10_000))
    times = timed([UnitSource(units, "en", "devset x2.5")], max(1, runs // 2))
    print(f"10,000 sentence pairs: median of {max(1, runs // 2)} {statistics.median(times):.1f} s")


if __name__ == "__main__":
    main()
