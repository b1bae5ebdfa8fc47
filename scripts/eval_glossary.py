"""Evaluate term extraction on wg4-2022 against the hand-made gold (tests/data/glossary_gold.tsv).

Prints precision of the top 50 and top 100 pairs and recall of the gold pairs that occur
in at least 2 aligned units, with the settings used. A pair is correct when its Chinese
term and its English term (case aside; one of the listed variants) are a gold pair.
Pairs that were judged and rejected are in tests/data/glossary_rejected.tsv; pairs judged
neither way are listed (and count as wrong) so that a person can judge them.
Usage: python scripts/eval_glossary.py [--show N]
"""

from __future__ import annotations

import argparse
import time

from _examples import ROOT

from unbitext.glossary.extract import ExtractOptions, extract
from unbitext.glossary.units import units_from_documents

GOLD = ROOT / "tests" / "data" / "glossary_gold.tsv"
REJECTED = ROOT / "tests" / "data" / "glossary_rejected.tsv"


def read_pairs(path) -> dict[str, list[str]]:
    pairs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, en = line.split("\t")[:2]
            pairs.setdefault(zh, []).extend(e.strip().lower() for e in en.split("|"))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print the top N pairs with their judgement")
    show = parser.parse_args().show
    gold, rejected = read_pairs(GOLD), read_pairs(REJECTED)
    source = units_from_documents(ROOT / "examples/wg4-2022/zh.txt", ROOT / "examples/wg4-2022/en.txt")
    start = time.perf_counter()
    glossary = extract([source], ExtractOptions())
    seconds = time.perf_counter() - start

    def judged(zh: str, en: str) -> str:
        if en.lower() in gold.get(zh, ()):
            return "correct"
        return "rejected" if en.lower() in rejected.get(zh, ()) else "unjudged"

    verdicts = [judged(p.zh, p.en) for p in glossary.pairs]
    found = {(p.zh, p.en.lower()) for p in glossary.pairs}
    units = [(u.zh, u.en.lower()) for u in source.units]
    eligible = {zh: ens for zh, ens in gold.items()
                if sum(zh in z and any(e in en for e in ens) for z, en in units) >= 2}
    recalled = [zh for zh, ens in eligible.items() if any((zh, e) in found for e in ens)]
    print("settings:", "; ".join(f"{k}={v}" for k, v in glossary.settings.items()))
    print(f"gold: {len(gold)} Chinese terms ({sum(map(len, gold.values()))} accepted English forms); "
          f"rejected list: {len(rejected)}")
    print(f"extracted {len(glossary.pairs)} pairs from {len(source.units)} aligned units in {seconds:.2f} s")
    for k in (50, 100):
        top = verdicts[:k]
        print(f"precision@{k}: {top.count('correct') / k:.3f}  ({top.count('correct')} correct, "
              f"{top.count('rejected')} rejected, {top.count('unjudged')} unjudged)")
    print(f"recall (gold pairs in >= 2 aligned units): {len(recalled)}/{len(eligible)} = "
          f"{len(recalled) / len(eligible):.3f}")
    missed = sorted(set(eligible) - set(recalled))
    print("missed:", ", ".join(f"{zh} = {eligible[zh][0]}" for zh in missed) or "none")
    for rank, (pair, verdict) in enumerate(zip(glossary.pairs[:show], verdicts, strict=False), start=1):
        print(f"{rank:4} {verdict:9} {pair.score:6.2f} {pair.count:3}  {pair.zh} = {pair.en}")
    unjudged = [(p.zh, p.en) for p, v in zip(glossary.pairs[:100], verdicts, strict=False) if v == "unjudged"]
    if unjudged:
        print("unjudged in the top 100 (judge them into the gold or the rejected list):")
        for zh, en in unjudged:
            print(f"  {zh}\t{en}")


if __name__ == "__main__":
    main()
