"""Time sentence alignment of all of wg4-2022, ours against the length-only baseline, and
time and peak memory of one paragraph of 250 / 500 / 1,000 / 2,000 sentences.

Median of several runs, excluding interpreter start-up and the reading and paragraph
alignment of the files (done once before timing). Targets: wg4-2022 under 0.2 s and no
slower than the baseline by more than 2x; the long paragraph linear in its length. The long
paragraph repeats wg4-2022's sentence pairs (1-1 beads from the aligned paragraphs), with
every fiftieth English sentence left out, so that the search has something to find.
Usage: python scripts/bench_align.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc

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
    measure_long(pairs, [250, 500, 1000, 2000], max(1, min(runs, 3)))


def long_paragraph(pairs, sentences: int) -> tuple[str, str]:
    """A paragraph of `sentences` Chinese sentences built from wg4-2022's 1-1 sentence beads."""
    beads = [bead for pair in pairs for bead in align_sentences(pair.zh_text, pair.en_text)
             if len(bead.zh) == 1 and len(bead.en) == 1]
    chosen = [beads[k % len(beads)] for k in range(sentences)]
    zh = "".join(bead.zh[0] for bead in chosen)
    en = " ".join(bead.en[0] for k, bead in enumerate(chosen) if k % 50 != 25)
    return zh, en


def measure_long(pairs, sizes: list[int], runs: int) -> None:
    print("one paragraph of N sentences (median of runs; peak = Python allocations during the call):")
    previous = None
    for size in sizes:
        zh, en = long_paragraph(pairs, size)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            align_sentences(zh, en)
            times.append(time.perf_counter() - start)
        tracemalloc.start()
        align_sentences(zh, en)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        seconds = statistics.median(times)
        growth = f"  x{seconds / previous[1]:.2f} time for x{size / previous[0]:.0f} sentences" if previous else ""
        print(f"  {size:>5} sentences: {seconds:7.3f} s, peak {peak:6.1f} MB{growth}")
        previous = (size, seconds)


if __name__ == "__main__":
    main()
