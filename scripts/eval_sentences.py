"""Evaluate sentence alignment against the hand-made gold (tests/data/sentence_gold.json).

Prints bead precision, recall and F1 for our aligner (characters + anchors), for the same
aligner measuring length in sentencepiece pieces, and for a length-only Gale-Church
baseline, all in one run. A bead is correct when both its Chinese and its English text
equal a gold bead's (whitespace aside).

Two settings: "as published" (the gold as it is: the wg4 English follows the Chinese
sentence by sentence, so it is easy), and "one English sentence dropped": for every gold
pair of three or more beads, the English of the middle bead is removed from the text
(derived here, never written back), so the gold gets a 1-0 bead there. Omissions are what
translators' files really contain, and what a length-only aligner gets wrong.
Usage: python scripts/eval_sentences.py
"""

from __future__ import annotations

import json
from collections.abc import Callable

from _examples import ROOT, aligned_example, paragraph_pairs, sentencepiece_length

from unbitext.align.evaluation import BeadScores, add, score_beads
from unbitext.align.sentence_align import CHARACTER_MODEL, LengthModel, align_sentences, calibrate

GOLD = ROOT / "tests" / "data" / "sentence_gold.json"


def gold_entries(drop_middle: bool) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(zh paragraph, en paragraph, gold beads) for every gold unit, optionally with an omission."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    pairs = {(name, p.unit): p for name in {g["document"] for g in gold}
             for p in aligned_example(name).alignment.pairs}
    entries = []
    for entry in gold:
        pair = pairs[(entry["document"], entry["unit"])]
        beads = [(b["zh"], b["en"]) for b in entry["beads"]]
        en_text = pair.en_text
        if drop_middle:
            if len(beads) < 3:
                continue
            middle = len(beads) // 2
            en_text = " ".join(en for i, (_, en) in enumerate(beads) if i != middle)
            beads[middle] = (beads[middle][0], "")
        entries.append((pair.zh_text, en_text, beads))
    return entries


def evaluate(aligner: Callable[[str, str], list[tuple[str, str]]], drop_middle: bool) -> tuple[int, BeadScores]:
    entries = gold_entries(drop_middle)
    return len(entries), add([score_beads(aligner(zh, en), beads) for zh, en, beads in entries])


def runner(model: LengthModel, anchors: bool, length: Callable[[str], int] = len):
    def run(zh: str, en: str) -> list[tuple[str, str]]:
        return [(b.zh_text, b.en_text) for b in align_sentences(zh, en, model, use_anchors=anchors, length=length)]
    return run


def main() -> None:
    pieces = sentencepiece_length()
    piece_model = calibrate(paragraph_pairs(), pieces, unit="pieces", min_zh_length=4)
    systems = {
        "unbitext (characters + anchors)": runner(CHARACTER_MODEL, True),
        "unbitext (sentencepiece pieces + anchors)": runner(piece_model, True, pieces),
        "baseline Gale-Church (characters, length only)": runner(CHARACTER_MODEL, False),
    }
    print(f"gold: {GOLD.relative_to(ROOT)}")
    print(f"length models: characters ratio {CHARACTER_MODEL.ratio:.3f} variance {CHARACTER_MODEL.variance:.1f}; "
          f"pieces ratio {piece_model.ratio:.3f} variance {piece_model.variance:.1f}")
    for setting, drop in (("as published", False), ("one English sentence dropped", True)):
        print(f"-- {setting}")
        for name, aligner in systems.items():
            units, scores = evaluate(aligner, drop)
            print(f"{name:<48} P {scores.precision:.4f}  R {scores.recall:.4f}  F1 {scores.f1:.4f}  "
                  f"({units} paragraph pairs, {scores.expected} gold beads)")


if __name__ == "__main__":
    main()
