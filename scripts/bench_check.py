"""Time `unbitext check` (the library) on 100,000 units against 5,000 terms.

Both are synthetic, built from the examples: the units are the sentence pairs of all
three bundled documents repeated until there are enough; the terms are the glossary the
extractor finds in them plus word and character n-grams drawn from the same sentences,
paired at random (seeded), to reach 5,000. Prints units per second and how the time
grows from 10,000 to 100,000 units (target: 100,000 in under 10 s).
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
from unbitext.glossary.extract import extract
from unbitext.glossary.read import GlossaryTerm
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
    terms = [GlossaryTerm(p.zh, p.en) for p in extract(sources).pairs]
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
            findings = checker.run(units)
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        print(f"{count:>7,} units: {seconds:6.2f} s, {count / seconds:,.0f} units/s, {len(findings):,} findings")
    print(f"target: 100,000 units in under 10 s: {'ok' if seconds < 10 else 'MISSED'}")


if __name__ == "__main__":
    main()
