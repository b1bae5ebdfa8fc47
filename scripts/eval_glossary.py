"""Precision of term extraction, judged by hand pair by pair, on documents it was and was not tuned on.

Documents (what each is for):
- wg4-2022: the TUNING document (the settings of glossary/ were chosen looking at its output;
  its English is a reconstruction, not the UN's original);
- ga-res-ldc-poa, udhr: bundled examples, held out in the third round; their errors have been
  read since (the score floor was set on ga-res-ldc-poa), so they no longer count as unseen;
- npt-2015: the 188 pairs of the UN Parallel Corpus development set from the 2015 NPT Review
  Conference documents (ids 2015/npt/conf_2015/...), kept out of the shipped alignment
  background: held out in the third round, TUNED ON in the fourth (its errors read);
- cedaw-2015: the 162 development-set pairs of the CEDAW committee's 2015 documents (ids
  2015/cedaw/c/...), kept out of the background: held out in the fourth round (judged once),
  TUNED ON in the fifth;
- popdev-2015, decolonization-2015: the 117 development-set pairs of the Commission on
  Population and Development (2015/e/cn_9/...) and the 116 of the Special Committee on
  Decolonization (2015/a/ac_109/...), kept out of the background and set aside before any
  output was read: held out from the fifth round, judged once at its end; their errors read in
  the sixth;
- csw-2015, basel-2015, forests-2015: the 341 development-set pairs of the Commission on the
  Status of Women (2015/e/cn_6/...), the 73 of the Basel Convention's twelfth Conference of the
  Parties (2015/unep/chw_12/...) and the 66 of the UN Forum on Forests (2015/e/cn_18/...), kept
  out of the background and set aside before any output was read: held out in the sixth round,
  tuned on in the seventh;
- ecosoc-2015, indigenous-2015, habitat-2015, outer-space-2015: the 101 development-set pairs of
  the Economic and Social Council (2015/e/2015/...), the 72 of the Permanent Forum on Indigenous
  Issues (2015/e/c_19/...), the 65 of UN-Habitat's Governing Council (2015/hsp/gc/...) and the 54
  of the Committee on the Peaceful Uses of Outer Space (2015/a/ac_105/...), kept out of the
  background and set aside before any output was read: held out in the seventh round, tuned
  on in the eighth;
- crime-congress-2015, sc-resolutions-2015, seabed-2015, undp-board-2015: the 82 development-set
  pairs of the Thirteenth Crime Congress (2015/a/conf_222/...), the 74 of Security Council
  resolutions (2015/s/res/...), the 58 of the International Seabed Authority (2015/isba/21/...)
  and the 54 of the UNDP/UNFPA Executive Board (2015/dp/2015/...), kept out of the background and
  set aside before any output was read: held out in the eighth round, tuned on in the ninth;
- ga-resolutions-2015, disaster-risk-2015, charter-committee-2015, crime-commission-2015: GA
  resolutions (2015/a/res/...), the Sendai disaster-risk conference (2015/a/conf_224/...), the
  Special Committee on the Charter (2015/a/ac_182/...) and the Crime Commission
  (2015/e/cn_15/...): held out in the ninth round, tuned on in the tenth;
- ga69-reports-2015, sc-documents-2015, ilc-2015, pops-2015, sc-documents-1xx-2015: GA documents
  A/69/760-769, Security Council documents S/2015/70-79 and S/2015/1xx, the International Law
  Commission and the Stockholm Convention COP: held out in the tenth round;
- sc-documents-other-2015: the other 2015 Security Council documents (225 pairs): held out in
  the eleventh round; these six sets tuned on from the twelfth;
- ga69-documents-2015: the 261 development-set pairs of General Assembly documents A/69/702-759
  (2015/a/69/70... to 75...), kept out of the background and set aside before any output was
  read: held out in the twelfth round, tuned on in the thirteenth;
- ga69-other-2015: the 219 development-set pairs of the other A/69 documents: held out in the
  thirteenth round, tuned on in the fourteenth;
- ecosoc-other-2015: the 186 development-set pairs of the other ECOSOC documents (2015/e/c_16,
  cn_5, cn_7, res, icef, ac_51, 2014, c_2, cn_3), kept out of the background and set aside
  before any output was read: held out in the fourteenth round, tuned on in the fifteenth;
- ga-documents-rest-2015: the 244 development-set pairs of the remaining General Assembly
  documents (A/69/770-799, A/70, A/C.5/69, A/CN.9), kept out of the background and set aside
  before any output was read: held out in the fifteenth round, tuned on in the sixteenth;
- council-and-es10-2015: the 148 development-set pairs of the Security Council's agendas
  (S/Agenda), presidential statements (S/PRST) and 2014 documents, and the General Assembly's
  tenth emergency special session (A/ES-10), kept out of the background and set aside before
  any output was read: held out in the sixteenth round;
- corpus: corpus mode, every bundled document pair plus the 4,000 development-set pairs.

Verdicts are in tests/data/glossary-judgements/NAME.tsv (zh, en, verdict, note), written by a
person reading each pair against the two texts (criteria: tests/data/glossary-judgements/README.md);
a proposed pair not judged yet counts as wrong and is printed, for judging.
The read gold of wg4-2022 (tests/data/glossary_gold.tsv: terms listed by reading the texts
before any extractor ran) gives recall.
Usage: python scripts/eval_glossary.py [NAME ...] [--show N] [--runs N] [--min-score F]
"""

from __future__ import annotations

import argparse
import time

from _examples import ROOT
from _glossary_data import DOCUMENTS, HELD_OUT, JUDGEMENTS, TUNED, read_gold, read_judgements, sources

from unbitext.glossary.extract import ExtractOptions, extract
from unbitext.glossary.termindex import fold_term


def evaluate(name: str, show: int, runs: int, min_score: float) -> None:
    loaded = sources(name)
    verdicts = read_judgements(name)
    # eflomal samples: each run aligns anew, and the figures are given over the runs.
    precisions: dict[int, list[float]] = {50: [], 100: []}
    for _ in range(runs):
        start = time.perf_counter()
        glossary = extract(loaded, ExtractOptions(top=0, min_score=min_score))
        seconds = time.perf_counter() - start
        listed = [verdicts.get((p.zh, fold_term(p.en)), "unjudged") for p in glossary.pairs]
        for k, found in precisions.items():
            if listed[:k]:
                found.append(listed[:k].count("correct") / len(listed[:k]))
    units = sum(len(s.units) for s in loaded)
    print(f"== {name}: {units} aligned units, {len(glossary.pairs)} pairs proposed in {seconds:.1f} s (last run)")
    for k, found in precisions.items():
        top = listed[:k]
        if not top:
            continue
        spread = f" over {runs} runs: {min(found):.2f}-{max(found):.2f}" if runs > 1 else ""
        print(f"precision@{k}: {sum(found) / len(found):.2f}{spread} (last run: {top.count('correct')} of {len(top)} "
              f"correct, {top.count('wrong')} wrong, {top.count('unjudged')} unjudged)")
    if name == "wg4-2022":
        gold = read_gold(ROOT / "tests" / "data" / "glossary_gold.tsv")
        proposed = {(p.zh, fold_term(p.en)) for p in glossary.pairs[:100]}
        found = [zh for zh, ens in gold.items() if any((zh, e) in proposed for e in ens)]
        print(f"recall of the read gold in the top 100: {len(found)}/{len(gold)}")
    for rank, (pair, verdict) in enumerate(zip(glossary.pairs[:show], listed, strict=False), start=1):
        print(f"{rank:4} {verdict:8} {pair.score:6.2f} {pair.count:4}  {pair.zh} = {pair.en}")
    unjudged = [p for p, v in zip(glossary.pairs[:100], listed, strict=False) if v == "unjudged"]
    if unjudged:
        print(f"unjudged in the top 100 (judge into {JUDGEMENTS.name}/{name}.tsv):")
        for pair in unjudged:
            print(f"{pair.zh}\t{pair.en}\t?\t{pair.en_context[:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=[*dict.fromkeys([*DOCUMENTS, *TUNED, *HELD_OUT]), "corpus"])
    parser.add_argument("--show", type=int, default=0, help="print the top N pairs with their verdicts")
    parser.add_argument("--runs", type=int, default=1, help="extract N times (eflomal samples), give mean and range")
    parser.add_argument("--min-score", type=float, default=ExtractOptions().min_score,
                        help="the floor of word-alignment pairs (default: the shipped one)")
    options = parser.parse_args()
    for name in options.names:
        evaluate(name, options.show, options.runs, options.min_score)


if __name__ == "__main__":
    main()
