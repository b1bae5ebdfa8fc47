"""From aligned units to a ranked glossary."""

from __future__ import annotations

import math
from dataclasses import dataclass

from unbitext.glossary import chinese, english
from unbitext.glossary.acronyms import defined_terms
from unbitext.glossary.associate import Association, associations, link
from unbitext.glossary.model import Glossary, TermPair
from unbitext.glossary.units import AlignedUnit, UnitSource

# Pairs a document defines itself ("long form（short form）" = "long form (ACRONYM)") are
# surer than any statistic: they rank above the best association (about 18).
DEFINED_SCORE = 20.0


@dataclass(frozen=True)
class ExtractOptions:
    min_count: int = 2  # aligned units a pair must share (defined pairs need only one)
    top: int | None = None


def _unit_candidates(unit: AlignedUnit, zh_terms: set[str], en_terms: set[str]) -> tuple[set[str], set[str]]:
    """The candidates in a unit. English candidates found verbatim in the Chinese text
    (COVID-19, a name in Latin script) are left out: they are carried over, not translated."""
    zh = {unit.zh[i:j] for i, j in chinese.ngrams(unit.zh)} & zh_terms
    en = set()
    for i, j in english.ngrams(unit.en):
        written = " ".join(unit.en[i:j].split())
        if written not in unit.zh:
            en.add(english.normalize(written))
    return zh, en & en_terms


def _defined_pairs(units: list[AlignedUnit]) -> list[Association]:
    """Pairs the documents define; counted, like any pair, over all units containing both."""
    found: dict[tuple[str, str], str] = {}
    for unit in units:
        for term in defined_terms(unit.zh, unit.en):
            found.setdefault((term.zh_long, term.en_long), unit.id)
            found.setdefault((term.zh_short, term.en_short), unit.id)
    pairs = []
    for (zh, en), example in found.items():
        count = sum(zh in unit.zh and en.lower() in unit.en.lower() for unit in units)
        pairs.append(Association(zh, en, count, count, count, DEFINED_SCORE + math.log2(count), example))
    return pairs


def extract(sources: list[UnitSource], options: ExtractOptions = ExtractOptions()) -> Glossary:
    units = [unit for source in sources for unit in source.units]
    zh_terms = set(chinese.candidates([u.zh for u in units], options.min_count))
    en_scores, written = english.candidates([u.en for u in units], options.min_count)
    rows = [(unit.id, *_unit_candidates(unit, zh_terms, set(en_scores))) for unit in units]
    defined = _defined_pairs(units)
    written.update({a.en: a.en for a in defined})
    defined_keys = frozenset((a.zh, a.en) for a in defined)
    linked = link(defined + associations(rows, options.min_count, written), defined_keys, written)
    pairs = [
        # Proposals for a terminologist, not approved terms: status "proposed".
        TermPair(a.zh, written.get(a.en, a.en), a.count, round(a.score, 3), a.example,
                 "defined" if (a.zh, a.en) in defined_keys else "association", status="proposed")
        for a in sorted(linked, key=lambda a: (-a.score, -a.count, a.zh, a.en))
    ]
    if options.top is not None:
        pairs = pairs[: options.top]
    languages = {source.source_language for source in sources}
    settings = {
        "tool": "unbitext glossary extract",
        "inputs": "; ".join(source.description for source in sources),
        "units": str(len(units)),
        "min_count": str(options.min_count),
        "top": str(options.top),
        "method": "zh character n-grams (no function character at an edge, no pronoun or 一+measure word "
                  "inside, accessor variety >= 2, not always inside a longer candidate) and en word n-grams (no "
                  "stop word at an edge, accessor variety >= 2, not a piece of a capitalized name); logDice "
                  "over aligned units with length prior and termhood; competitive linking with nesting "
                  "consistency and compositionality; coordinations of linked terms demoted; pairs defined by "
                  "'long form（short form）' ranked first",
    }
    return Glossary(tuple(pairs), settings, "zh" if languages == {"zh"} else "en")
