"""Write tests/data/sentence_gold.json from the hand-made correspondences below.

How the gold was made (tests/data/SENTENCE-GOLD.md says the same): every paragraph pair
listed here was printed as two numbered sentence lists, zh and en, and read; the
correspondence was written down here by hand, as runs of sentence numbers. The gold
stores the full texts of both sides of every bead, so a later change to the splitter or
the aligner cannot move it. Run once; the JSON is what the evaluation and tests read.
"""

from __future__ import annotations

import json
from pathlib import Path

from unbitext.align.sentences import split_sentences
from unbitext.pipeline import align_files

ROOT = Path(__file__).resolve().parents[1]

# wg4-2022: the 32 paragraph pairs with more than one sentence on either side. Read in
# full: every one is 1-1 sentence by sentence in order (the English was reconstructed
# sentence by sentence). In paragraphs 24 and 57 one Chinese sentence with ；-separated
# items (a) (b) (c) matches one English sentence with ;-separated items: still 1-1.
WG4_UNITS = [f"paragraph {n}" for n in (12, 20, 21, 22, 23, 24, 25, 27, 29, 30, 32, 34, 35, 36, 37, 38, 39, 40,
                                         41, 43, 44, 46, 47, 48, 49, 50, 52, 53, 56, 57, 61, 62)]

# UDHR: the text of all 30 articles (59 units). All 1-1 but article 26 (1): the Chinese
# puts "Everyone has the right to education. Education shall be free, ..." in one
# sentence, and joins "Technical and professional education ... and higher education
# ..." into one English sentence from two Chinese ones.
EXCEPTIONS = {
    ("udhr", "article 26(i)"): [((1,), (1, 2)), ((2,), (3,)), ((3, 4), (4,))],
}


def beads_for(document: str, unit: str, zh: list[str], en: list[str]) -> list[dict[str, str]]:
    runs = EXCEPTIONS.get((document, unit))
    if runs is None:
        if len(zh) != len(en):
            raise SystemExit(f"{document} {unit}: {len(zh)} zh and {len(en)} en sentences but no exception given")
        runs = [((i,), (i,)) for i in range(1, len(zh) + 1)]
    return [{"zh": "".join(zh[i - 1] for i in zh_run), "en": " ".join(en[j - 1] for j in en_run)}
            for zh_run, en_run in runs]


def main() -> None:
    gold = []
    for document, wanted in (("wg4-2022", WG4_UNITS), ("udhr", None)):
        aligned = align_files(ROOT / "examples" / document / "zh.txt", ROOT / "examples" / document / "en.txt")
        for pair in aligned.alignment.pairs:
            if wanted is not None and pair.unit not in wanted:
                continue
            if wanted is None and (not pair.unit.startswith("article") or pair.by_key):
                continue
            zh, en = split_sentences(pair.zh_text, "zh"), split_sentences(pair.en_text, "en")
            gold.append({"document": document, "unit": pair.unit,
                         "beads": beads_for(document, pair.unit, zh, en)})
    path = ROOT / "tests" / "data" / "sentence_gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {len(gold)} paragraph pairs, {sum(len(g['beads']) for g in gold)} beads")


if __name__ == "__main__":
    main()
