"""Fit the term-pair scorer (glossary/scoring.py) on hand verdicts, and measure it on documents left out.

For each document tuned on (_glossary_data.TUNED: their output has been read and judged), the
extractor's candidates are computed with their evidence; those a person judged (tests/data/
glossary-judgements/NAME.tsv) are the training rows. The held-out families (_glossary_data.
HELD_OUT) are never read here.

1. Left-out precision: for each document, a model fitted on the OTHER documents scores its
   candidates, the glossary is ranked as `extract` ranks it (glossary.extract.ranked), and
   precision@50 and @100 are counted, an unjudged pair counting wrong, at several floors.
   This is the figure for a document the weights never saw.
2. The final model, fitted on every tuned document: with --write, its weights and the
   settings that made them are written to glossary/data/scorer.json (the floor is set in
   glossary/scoring.py by hand; since round 15 it is chosen on held-out lists, not on step 1,
   whose figures are for one alignment where extraction now averages two).

Logistic regression (scikit-learn, L2) on the standardized features and their pairwise products
(round 11; plain features before); the weights are kept for the raw terms. eflomal samples,
so each document is extracted --runs times and every run's
judged candidates are rows.
Usage: python scripts/fit_glossary_scorer.py [--runs N] [--cache FILE] [--c C] [--write]
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from _examples import ROOT
from _glossary_data import TUNED, read_judgements, sources
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import PolynomialFeatures, StandardScaler

from unbitext.glossary.background import load_background
from unbitext.glossary.extract import Candidate, candidates, ranked, segment_and_align, spelled_out_pairs
from unbitext.glossary.model import TermPair
from unbitext.glossary.patterns import SegmentedUnit
from unbitext.glossary.scoring import FEATURE_NAMES, TERM_NAMES, Model, features, probability
from unbitext.glossary.termindex import fold_term

FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MODEL_PATH = ROOT / "glossary" / "data" / "scorer.json"


@dataclass(frozen=True)
class Extraction:
    name: str
    units: list[SegmentedUnit]
    spelled: list[TermPair]
    candidates: list[Candidate]


def extractions(runs: int) -> list[Extraction]:
    background = load_background()
    found = []
    for name in TUNED:
        for _ in range(runs):
            units = segment_and_align([u for s in sources(name) for u in s.units], background)
            spelled = spelled_out_pairs([units])
            found.append(Extraction(name, units, spelled, candidates(units, background, spelled)))
        print(f"extracted {name}: {len(found[-1].candidates)} candidates", flush=True)
    return found


def rows(runs: list[Extraction], verdicts: dict[str, dict[tuple[str, str], str]]) -> tuple[np.ndarray, np.ndarray]:
    x, y = [], []
    for run in runs:
        for candidate in run.candidates:
            verdict = verdicts[run.name].get((candidate.zh, candidate.en))
            if verdict:
                x.append(features(candidate.evidence))
                y.append(verdict == "correct")
    return np.array(x), np.array(y, dtype=int)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> Model:
    """Logistic regression over the features and their pairwise products, standardized; the
    weights returned are for the raw terms (scoring.terms), so the package needs no scaler."""
    products = PolynomialFeatures(degree=2, include_bias=False).fit(x)
    names = tuple(re.sub(r"^(\w+)\^2$", r"\1*\1", n).replace(" ", "*")
                  for n in products.get_feature_names_out(FEATURE_NAMES))
    if names != TERM_NAMES:
        raise SystemExit("scoring.TERM_NAMES is not in PolynomialFeatures' order")
    expanded = products.transform(x)
    scaler = StandardScaler().fit(expanded)
    model = LogisticRegression(C=c, max_iter=20000).fit(scaler.transform(expanded), y)
    weights = model.coef_[0] / scaler.scale_
    intercept = float(model.intercept_[0] - np.dot(weights, scaler.mean_))
    return Model(tuple(float(w) for w in weights), intercept, TUNED,
                 f"logistic regression, L2, C={c}, on the standardized features and their pairwise products "
                 f"(weights for the raw ones), {len(y):,} judged candidates ({int(y.sum()):,} correct)")


def precision(pairs: list[TermPair], verdicts: dict[tuple[str, str], str], k: int) -> tuple[float, int, int]:
    top = [verdicts.get((p.zh, fold_term(p.en)), "unjudged") for p in pairs[:k]]
    return (top.count("correct") / len(top) if top else 0.0), len(top), top.count("unjudged")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2, help="extractions per document (eflomal samples)")
    parser.add_argument("--cache", type=Path, help="keep the extractions in this file and reuse them")
    parser.add_argument("--c", type=float, default=0.05, help="inverse regularization strength")
    parser.add_argument("--write", action="store_true", help="write the model fitted on every document to "
                        "glossary/data/scorer.json")
    parser.add_argument("--show", help="print this document's left-out list (first run) with verdicts")
    parser.add_argument("--floor", type=float, default=0.6, help="the floor of the list --show prints")
    options = parser.parse_args()
    if options.cache and options.cache.exists():
        runs = pickle.loads(options.cache.read_bytes())
    else:
        runs = extractions(options.runs)
        if options.cache:
            options.cache.write_bytes(pickle.dumps(runs))
    verdicts = {name: read_judgements(name) for name in TUNED}

    print("\n== each document scored by a model fitted on the others (an unjudged pair counts wrong)")
    print("floor: " + "  ".join(f"{f:>22}" for f in FLOORS))
    pooled = {floor: [0, 0] for floor in FLOORS}
    for name in TUNED:
        x, y = rows([r for r in runs if r.name != name], verdicts)
        model = fit(x, y, options.c)
        cells = []
        for floor in FLOORS:
            p50s, n, unjudged = [], 0, 0
            for run in (r for r in runs if r.name == name):
                rescored = [replace(c, probability=probability(c.evidence, model))
                            for c in run.candidates]
                pairs = ranked(run.units, run.spelled, rescored, floor)
                p50, n, unjudged = precision(pairs, verdicts[name], 50)
                if name == options.show and floor == options.floor and not p50s:
                    for pair in pairs[:50]:
                        verdict = verdicts[name].get((pair.zh, fold_term(pair.en)), "unjudged")
                        print(f"    {verdict:8} {pair.score:6.3f} {pair.count:3}  {pair.zh} = {pair.en}")
                p50s.append(p50)
                pooled[floor][0] += round(p50 * n)
                pooled[floor][1] += n
            cells.append(f"{sum(p50s) / len(p50s):.2f} of {n:3} ({unjudged:2} unj.)")
        print(f"{name:>20}: " + "  ".join(f"{c:>22}" for c in cells))
    print("pooled P@50: " + "  ".join(f"{f}: {c / max(n, 1):.2f} ({n})" for f, (c, n) in pooled.items()))

    x, y = rows(runs, verdicts)
    model = fit(x, y, options.c)
    print(f"\n== fitted on all {len(y)} judged candidates ({y.sum()} correct) of {', '.join(TUNED)}")
    print(f"{len(model.weights)} weights ({len(FEATURE_NAMES)} features and their products), "
          f"intercept {model.intercept:.4f}")
    if options.write:
        MODEL_PATH.write_text(json.dumps({"settings": model.settings, "fitted_on": list(model.fitted_on),
                                          "terms": list(TERM_NAMES), "weights": [round(w, 6) for w in model.weights],
                                          "intercept": round(model.intercept, 6)}, ensure_ascii=False, indent=1)
                              + "\n", encoding="utf-8")
        print(f"written to {MODEL_PATH}")


if __name__ == "__main__":
    main()
