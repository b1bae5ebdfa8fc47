"""Shared by the glossary scripts: the judged documents, their aligned units and hand verdicts."""

from __future__ import annotations

from pathlib import Path

from _examples import DEVSET, ROOT, devset_rows

from unbitext.glossary.background import KEPT_OUT
from unbitext.glossary.termindex import fold_term
from unbitext.glossary.units import AlignedUnit, UnitSource, units_from_documents

JUDGEMENTS = ROOT / "tests" / "data" / "glossary-judgements"
DOCUMENTS = ("wg4-2022", "ga-res-ldc-poa", "udhr")
# The documents whose output has been read and whose verdicts the scorer is fitted on
# (scripts/fit_glossary_scorer.py); the held-out families of KEPT_OUT are not among them.
TUNED = ("wg4-2022", "npt-2015", "cedaw-2015", "popdev-2015", "decolonization-2015", "ga-res-ldc-poa", "udhr",
         # held out in the sixth round, judged once, then tuned on in the seventh
         "csw-2015", "basel-2015", "forests-2015",
         # held out in the seventh round, judged once, then tuned on in the eighth
         "ecosoc-2015", "indigenous-2015", "habitat-2015", "outer-space-2015",
         # held out in the eighth round, judged once, then tuned on in the ninth
         "crime-congress-2015", "sc-resolutions-2015", "seabed-2015", "undp-board-2015",
         # held out in the ninth round, judged once, then tuned on in the tenth
         "ga-resolutions-2015", "disaster-risk-2015", "charter-committee-2015", "crime-commission-2015",
         # held out in the tenth and eleventh rounds, judged once, then tuned on in the twelfth
         "ga69-reports-2015", "sc-documents-2015", "ilc-2015", "pops-2015", "sc-documents-1xx-2015",
         "sc-documents-other-2015",
         # held out in the twelfth round, judged once, then tuned on in the thirteenth
         "ga69-documents-2015",
         # held out in the thirteenth round, judged once, then tuned on in the fourteenth
         "ga69-other-2015",
         # held out in the fourteenth round, judged once, then tuned on in the fifteenth
         "ecosoc-other-2015",
         # held out in the fifteenth round, judged once; its errors read in the sixteenth (its
         # candidate pool not judged: the scorer was not refitted in that round)
         "ga-documents-rest-2015")
HELD_OUT = tuple(name for name in KEPT_OUT if name not in TUNED)


def devset_units(prefix: str | tuple[str, ...] = "") -> UnitSource:
    units = tuple(AlignedUnit(f"{line_id.split()[0]}:line {number}", z, e, f"line {number}", str(DEVSET))
                  for number, z, e, line_id in devset_rows() if line_id.startswith(prefix))
    shown = " ".join(prefix) if isinstance(prefix, tuple) else prefix or "all"
    return UnitSource(units, "en", f"unv1-devset {shown} ({len(units)} pairs)")


def sources(name: str) -> list[UnitSource]:
    if name in KEPT_OUT:
        return [devset_units(KEPT_OUT[name])]
    if name == "corpus":
        return [*(units_from_documents(ROOT / "examples" / d / "zh.txt", ROOT / "examples" / d / "en.txt")
                  for d in DOCUMENTS), devset_units()]
    return [units_from_documents(ROOT / "examples" / name / "zh.txt", ROOT / "examples" / name / "en.txt")]


def read_judgements(name: str) -> dict[tuple[str, str], str]:
    path = JUDGEMENTS / f"{name}.tsv"
    verdicts: dict[tuple[str, str], str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                zh, en, verdict = line.split("\t")[:3]
                verdicts[(zh, fold_term(en))] = verdict
    return verdicts


def read_gold(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            zh, en = line.split("\t")[:2]
            gold.setdefault(zh, set()).update(fold_term(e) for e in en.split("|"))
    return gold
