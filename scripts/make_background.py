"""Build the background of UN sentence pairs that term extraction aligns a document with.

One report has too few sentences for a word aligner to learn from: its words are aligned
together with these pairs (glossary/data/background.tsv.gz, shipped in the package). They are
the UN Parallel Corpus development set (examples/unv1-devset: 4,000 real zh/en pairs from 2015
UN documents) less the families kept out as test sets for term extraction
(glossary.background.KEPT_OUT; scripts/eval_glossary.py): the 188 pairs from the 2015 NPT
Review Conference (ids 2015/npt/conf_2015/…, held out in one round, tuned on in the next), the
162 pairs of the CEDAW committee's 2015 documents (2015/cedaw/c/…, held out in the fourth
round, tuned on in the fifth), and, held out from the fifth round on, the 117 pairs of the
Commission on Population and Development (2015/e/cn_9/…) and the 116 of the Special
Committee on Decolonization (2015/a/ac_109/…); held out from the sixth round on, the 341 pairs
of the Commission on the Status of Women (2015/e/cn_6/…), the 73 of the Basel Convention's
twelfth Conference of the Parties (2015/unep/chw_12/…) and the 66 of the UN Forum on Forests
(2015/e/cn_18/…); held out from the seventh round on, the 101 pairs of the Economic and Social
Council (2015/e/2015/…), the 72 of the Permanent Forum on Indigenous Issues (2015/e/c_19/…), the
65 of UN-Habitat's Governing Council (2015/hsp/gc/…) and the 54 of the Committee on the Peaceful
Uses of Outer Space (2015/a/ac_105/…); held out from the eighth round on, the 82 pairs of the
Thirteenth Crime Congress (2015/a/conf_222/…), the 74 of Security Council resolutions
(2015/s/res/…), the 58 of the International Seabed Authority (2015/isba/21/…) and the 54 of the
UNDP/UNFPA Executive Board (2015/dp/2015/…); held out from the ninth round on, the 60 pairs of
General Assembly resolutions (2015/a/res/…), the 60 of the Third World Conference on Disaster
Risk Reduction (2015/a/conf_224/…), the 70 of the Special Committee on the Charter of the United
Nations (2015/a/ac_182/…) and the 56 of the Commission on Crime Prevention and Criminal Justice
(2015/e/cn_15/…); held out from the tenth round on, the 76 pairs of General Assembly
documents A/69/760-769 (2015/a/69/76…), the 54 of Security Council documents S/2015/70-79
(2015/s/2015/7…), the 41 of the International Law Commission (2015/a/cn_4/…) and the 41 of the
Stockholm Convention's Conference of the Parties (2015/unep/pops/…), and the 324 of Security
Council documents S/2015/1, S/2015/10-19 and S/2015/100-199 (2015/s/2015/1…); held out from
the eleventh round on, the 225 pairs of the other Security Council documents of 2015 but
S/2015/7x (2015/s/2015/2…6, 8, 9…); held out from the twelfth round on, the 261 pairs of General
Assembly documents A/69/702-759 (2015/a/69/70…75…); held out from the thirteenth round on, the 219
pairs of the other General Assembly documents of the sixty-ninth session but A/69/760-799
(2015/a/69/1…6, 8, l…); held out from the fourteenth round on, the 186 pairs of the other
Economic and Social Council documents (2015/e/c_16, cn_5, cn_7, res, icef, ac_51, 2014, c_2, cn_3).
The bundled example documents are not in it either: the glossary is judged on them, and
any document being extracted is aligned in full anyway.

Stored already segmented (jieba words, lower-cased English tokens), one pair a line,
"Chinese words<TAB>English words", gzip'd: about 0.5 MB in the wheel.
Usage: python scripts/make_background.py
"""

from __future__ import annotations

import gzip

from _examples import ROOT

from unbitext.glossary.background import kept_out_prefixes
from unbitext.glossary.segment import alignment_form, en_tokens, zh_tokens

DEVSET = ROOT / "examples" / "unv1-devset"
OUTPUT = ROOT / "glossary" / "data" / "background.tsv.gz"


def main() -> None:
    zh_lines = (DEVSET / "zh.txt").read_text(encoding="utf-8").splitlines()
    en_lines = (DEVSET / "en.txt").read_text(encoding="utf-8").splitlines()
    ids = (DEVSET / "ids.txt").read_text(encoding="utf-8").splitlines()
    rows = []
    for zh, en, line_id in zip(zh_lines, en_lines, ids, strict=True):
        if line_id.startswith(kept_out_prefixes()):
            continue
        zh_words = " ".join(alignment_form(t).replace(" ", "_") for t in zh_tokens(zh))
        en_words = " ".join(alignment_form(t) for t in en_tokens(en))
        rows.append(f"{zh_words}\t{en_words}\n")
    # mtime=0: the same input gives the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write("".join(rows).encode("utf-8"))
    print(f"{len(rows)} pairs ({len(zh_lines) - len(rows)} held out) -> {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
