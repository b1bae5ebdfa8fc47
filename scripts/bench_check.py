"""Time `unbitext check` (the library) on 100,000 units against 5,000 terms.

Both are synthetic, built from the examples: the units are the sentence pairs of all
three bundled documents repeated until there are enough; the terms are the hand-made check
glossary of the tests (tests/data/wg4-check-glossary.tsv, forbidden terms included) plus
word and character n-grams drawn from the same sentences, paired at random (seeded), to
reach 5,000. Not the extractor's output: eflomal samples at random, and a benchmark needs
the same work on every run. Every unit meets about 19 glossary terms and makes about 7
findings, far more than a real glossary on a real translation: a worst case. Prints units
per second and how the time grows from 10,000 to 100,000 units (target: 100,000 in under
10 s).
Usage: python scripts/bench_check.py [--terms N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from _examples import EXAMPLES, ROOT

from unbitext.glossary import chinese, english
from unbitext.glossary.check import Checker
from unbitext.glossary.read import GlossaryTerm, read_glossary
from unbitext.glossary.units import AlignedUnit, units_from_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    wanted_terms, runs = arguments.terms, arguments.runs
    sources = [units_from_documents(ROOT / "examples" / n / "zh.txt", ROOT / "examples" / n / "en.txt")
               for n in EXAMPLES]
    sentences = [u for s in sources for u in s.units]
    terms = read_glossary(ROOT / "tests" / "data" / "wg4-check-glossary.tsv")
    rng = random.Random(7)
    zh_candidates = sorted({u.zh[i:j] for u in sentences for i, j in chinese.ngrams(u.zh, 8)})
    en_candidates = sorted({" ".join(u.en[i:j].split()) for u in sentences for i, j in english.ngrams(u.en, 4)})
    while len(terms) < wanted_terms:
        terms.append(GlossaryTerm(rng.choice(zh_candidates), rng.choice(en_candidates)))
    checker = Checker(terms, "en")
    print(f"{len(terms)} terms; units drawn from {len(sentences)} sentence pairs; median of {runs} runs")
    for count in (10_000, 30_000, 100_000):
        units = [AlignedUnit(str(i), s.zh, s.en, f"unit {i}", "bench")
                 for i, s in zip(range(count), (sentences[i % len(sentences)] for i in range(count)), strict=True)]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            found = len(checker.run(units))  # the findings freed before the next run, not held through it
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        print(f"{count:>7,} units: {seconds:6.2f} s, {count / seconds:,.0f} units/s, {found:,} findings")
    print(f"target: 100,000 units in under 10 s: {'ok' if seconds < 10 else 'MISSED'}")


if __name__ == "__main__":
    main()
