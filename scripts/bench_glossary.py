"""Time term extraction over wg4-2022 (median of several runs, after start-up).

Reading and aligning the documents is done once before timing; the target (under 2 s)
is for extraction from the aligned units.
Usage: python scripts/bench_glossary.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _examples import ROOT

from unbitext.glossary.extract import extract
from unbitext.glossary.units import units_from_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    start = time.perf_counter()
    source = units_from_documents(ROOT / "examples/wg4-2022/zh.txt", ROOT / "examples/wg4-2022/en.txt")
    loading = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        glossary = extract([source])
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"wg4-2022: {len(source.units)} aligned units, {len(glossary.pairs)} term pairs")
    print(f"reading and aligning (once): {loading:.3f} s")
    print(f"extraction, median of {runs}: {median:.3f} s (min {min(times):.3f}, max {max(times):.3f}); "
          f"target < 2 s: {'ok' if median < 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
