"""Time sentence alignment of all of wg4-2022, ours against the length-only baseline.

Median of several runs, excluding interpreter start-up and the reading and paragraph
alignment of the files (done once before timing). Target: under 0.2 s, and no slower
than the baseline by more than 2x.
Usage: python scripts/bench_align.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _examples import aligned_example

from unbitext.align.sentence_align import align_sentences


def time_runs(pairs, runs: int, use_anchors: bool) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for pair in pairs:
            align_sentences(pair.zh_text, pair.en_text, use_anchors=use_anchors)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    pairs = aligned_example("wg4-2022").alignment.pairs
    ours = statistics.median(time_runs(pairs, runs, use_anchors=True))
    baseline = statistics.median(time_runs(pairs, runs, use_anchors=False))
    print(f"wg4-2022: {len(pairs)} paragraph pairs, median of {runs} runs")
    print(f"unbitext (length + anchors):   {ours * 1000:7.1f} ms   target < 200 ms: {'ok' if ours < 0.2 else 'MISSED'}")
    print(f"baseline (length only):        {baseline * 1000:7.1f} ms")
    print(f"ratio ours / baseline:         {ours / baseline:7.2f}x  target <= 2x: "
          f"{'ok' if ours / baseline <= 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
