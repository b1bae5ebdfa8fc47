"""TMX throughput and the memory of `unbitext tmx merge` on two generated 1,000,000-unit files.

Prints units per second for writing and for reading (median of --runs runs on a smaller
file), and the peak resident memory of `python -m unbitext tmx merge A B -o OUT` run as a
child process on the two large files (target: under 200 MB), and of `tmx validate` and
`tmx stats` on one of them. The units are generated
from the sentence pairs of the bundled examples, numbered so that each is distinct, with
every tenth unit of the second file repeating one of the first (so merge has duplicates
to drop).
Usage: python scripts/bench_tmx.py [--units N] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _examples import EXAMPLES, ROOT, aligned_example

from unbitext.align.sentence_align import align_sentences
from unbitext.tmx.reader import iter_units
from unbitext.tmx.units import TmxHeader, TranslationUnit
from unbitext.tmx.writer import write_tmx

HEADER = TmxHeader(srclang="en-US", segtype="sentence", creationtoolversion="bench")


def sentence_pairs() -> list[tuple[str, str]]:
    return [(b.en_text, b.zh_text) for name in EXAMPLES for p in aligned_example(name).alignment.pairs
            for b in align_sentences(p.zh_text, p.en_text) if b.en and b.zh]


def units(pairs: list[tuple[str, str]], count: int, offset: int):
    for number in range(offset, offset + count):
        en, zh = pairs[number % len(pairs)]
        yield TranslationUnit((("en-US", f"{en} [{number}]"), ("zh-CN", f"{zh}［{number}］")),
                              (("x-document", "bench"), ("x-unit", f"unit {number}")))


# Runs a command in a child that reports the peak memory of its own child: each command
# measured on its own, not mixed with the others run before it.
_MEASURE = ("import resource, subprocess, sys; "
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "print(done.stdout.strip()); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run_measured(arguments: list[str]) -> tuple[str, float]:
    """(what the command printed, its peak resident memory in MB)."""
    completed = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "unbitext", *arguments],
                               capture_output=True, text=True, cwd=ROOT, check=True)
    *printed, kilobytes = completed.stdout.strip().splitlines()
    return "\n".join(printed), int(kilobytes) / 1024  # ru_maxrss is in kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    pairs = sentence_pairs()
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.tmx"
        write_times, read_times = [], []
        for _ in range(arguments.runs):
            start = time.perf_counter()
            write_tmx(small, HEADER, units(pairs, 100_000, 0))
            write_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            read = sum(1 for _ in iter_units(small))
            read_times.append(time.perf_counter() - start)
        print(f"write: {100_000 / statistics.median(write_times):,.0f} units/s, "
              f"read: {read / statistics.median(read_times):,.0f} units/s "
              f"(100,000 units, median of {arguments.runs} runs)")

        first, second = Path(folder) / "a.tmx", Path(folder) / "b.tmx"
        count = arguments.units
        start = time.perf_counter()
        write_tmx(first, HEADER, units(pairs, count, 0))
        # Every tenth unit of the second file repeats one of the first.
        write_tmx(second, HEADER, (u if i % 10 else next(units(pairs, 1, i))
                                   for i, u in enumerate(units(pairs, count, count))))
        print(f"generated 2 x {count:,} units ({first.stat().st_size / 1e6:.0f} MB and "
              f"{second.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - start:.0f} s")

        start = time.perf_counter()
        output, peak_mb = run_measured(["tmx", "merge", str(first), str(second), "-o", str(Path(folder) / "m.tmx")])
        seconds = time.perf_counter() - start
        print(output)
        print(f"merge: {seconds:.0f} s, {2 * count / seconds:,.0f} units/s; peak resident memory of the merge "
              f"process {peak_mb:.0f} MB; target < 200 MB: {'ok' if peak_mb < 200 else 'MISSED'}")
        for command in (["tmx", "validate", "--limit", "0", str(first)], ["tmx", "stats", str(first)]):
            start = time.perf_counter()
            _, peak_mb = run_measured(command)
            seconds = time.perf_counter() - start
            print(f"{' '.join(command[:2])}: {seconds:.0f} s, peak resident memory {peak_mb:.0f} MB ({count:,} units)")


if __name__ == "__main__":
    main()
