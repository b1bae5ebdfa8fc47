"""How sure a proposed term pair is: the evidence of one candidate, weighed by a fitted model.

The evidence (PairEvidence) is what extraction counts for a Chinese/English phrase pair: how
consistently the word alignment pairs the two sides, how often they share a unit, how long
and how common in UN text at large each side is, whether a side always stands beside the same
word, whether the English name runs on into a longer one (a piece of it: "Economic and Social
Affairs" is always preceded by "Department of"), and how much of its head word's use in UN text
the phrase makes up. A logistic model turns the features into the probability that a person
would judge the pair a correct term pair.

The weights are fitted by scripts/fit_glossary_scorer.py on the hand verdicts of the documents
tuned on (tests/data/glossary-judgements/), never on a held-out set's; the script reports
precision document by document with each document left out of the fit, and the floor below
is chosen from those left-out predictions.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

# The features, in the order of WEIGHTS.
FEATURE_NAMES = (
    "zh_consistency",  # units the pair was extracted from / units holding the Chinese
    "en_consistency",  # likewise for the English
    "association",  # units holding both / units holding the more frequent side
    "log_units",  # log2 of the units the pair was extracted from
    "phrase",  # 1 when either side has more than one word
    "word_for_word",  # 1 for one lower-case English word and one Chinese word: vocabulary, mostly
    "name",  # 1 when the English has a capital letter
    "acronym",  # 1 when the English is one word in capitals (UNODC)
    "zh_common",  # log10 of the share of background UN sentences holding the Chinese
    "en_common",  # likewise for the English
    "zh_fixed_neighbour",  # how often the Chinese stands beside one same word (a fragment)
    "en_fixed_neighbour",  # likewise for the English (its content-word neighbours)
    "zh_length",  # log2 of the Chinese characters: a longer Chinese word is a more specific one
    "en_words",  # English words, up to 6
    "coordination",  # 1 for "A和B" = "A and B" (和, 与 or 及): two terms side by side, or one name
    "name_runs_on",  # how often a capitalized English word continues the name ("Department of" | "Economic ...")
    "zh_cohesion",  # log10 share of the phrase - log10 share of its head (last) word, in the background (0: one word)
    "en_cohesion",  # likewise for the English (english.head_word: "website" of "Basel Convention website",
                    # "authorities" of "authorities of Guinea-Bissau"): a free compound is far rarer than its
                    # head; a fixed expression (technical assistance) much less so
)

# Fitted by `python scripts/fit_glossary_scorer.py --runs 4` (logistic regression, L2, C=0.5,
# on standardized features; printed for the raw features) on 7,401 judged candidates (2,373
# correct) of four extractions each of FITTED_ON (tenth round). Near-zero weights are kept:
# the fit chose them.
WEIGHTS = (-0.7112, 1.1909, 3.1220, 0.5973, 1.5757, -2.4559, 0.9038, -0.2267, -0.0323, -0.2046, -0.1829, -1.0756,
           1.3188, -0.3579, -2.2133, -1.9497, 0.4536, 0.1678)
INTERCEPT = -5.8696
FITTED_ON = ("wg4-2022", "npt-2015", "cedaw-2015", "popdev-2015", "decolonization-2015", "ga-res-ldc-poa", "udhr",
             "csw-2015", "basel-2015", "forests-2015", "ecosoc-2015", "indigenous-2015", "habitat-2015",
             "outer-space-2015", "crime-congress-2015", "sc-resolutions-2015", "seabed-2015", "undp-board-2015",
             "ga-resolutions-2015", "disaster-risk-2015", "charter-committee-2015", "crime-commission-2015")

# The least probability a word-alignment pair needs to be proposed. Chosen from the left-out
# figures of the fit (each document scored by weights fitted on the other twenty-one; four
# extractions each), pooled P@50 at the floors 0.5 / 0.6 / 0.7 / 0.8: 0.85 / 0.87 / 0.87 /
# 0.88, with 2,470 / 2,341 / 2,199 / 1,816 pairs listed: 0.7 keeps 94 % of the pairs of 0.6 at
# the same precision, where 0.8 would trade 17 % more of them for +0.01.
MIN_PROBABILITY = 0.7
# A word-alignment pair's probability is rounded to 3 places and capped here, so that it never
# ties the spelled-out pairs' score of 1.
_MOST = 0.999

_COMMON_FLOOR = 1e-4  # a share under one background sentence in 10,000 counts as this


@dataclass(frozen=True)
class PairEvidence:
    """What extraction knows of one candidate pair (a Chinese term, an English term)."""

    zh: str
    extracted: int  # units the pair was extracted from
    zh_units: int  # units holding the Chinese (at least `extracted`)
    en_units: int
    both_units: int  # units holding both
    zh_words: int  # jieba words
    english: str  # as written most often
    zh_share: float  # share of background sentences holding the Chinese
    en_share: float
    zh_fixed_neighbour: float
    en_fixed_neighbour: float
    name_runs_on: float  # units where the English name runs on into a capitalized word, over units + 1
    zh_head_share: float  # share of background sentences holding the Chinese term's last word
    en_head_share: float


def fixed_neighbour(neighbours: Counter[str], occurrences: int) -> float:
    """How much one word dominates what stands beside a term: the most common neighbour's
    count over occurrences + 1 (two occurrences beside the same word give 0.67, ten give 0.91;
    the + 1 keeps a pair seen twice from looking like a fragment for sure). Boundaries
    (punctuation, the sentence's edge) are not counted in `neighbours`."""
    if not neighbours:
        return 0.0
    return neighbours.most_common(1)[0][1] / (occurrences + 1)


def features(evidence: PairEvidence) -> tuple[float, ...]:
    english = evidence.english.strip()
    en_words = len(english.split())
    return (
        evidence.extracted / max(evidence.zh_units, 1),
        evidence.extracted / max(evidence.en_units, 1),
        evidence.both_units / max(evidence.zh_units, evidence.en_units, 1),
        math.log2(max(evidence.extracted, 1)),
        float(evidence.zh_words > 1 or en_words > 1),
        float(evidence.zh_words == 1 and en_words == 1 and english.islower()),
        float(any(c.isupper() for c in english)),
        float(en_words == 1 and english.isupper() and len(english) > 1),
        math.log10(max(evidence.zh_share, _COMMON_FLOOR)),
        math.log10(max(evidence.en_share, _COMMON_FLOOR)),
        evidence.zh_fixed_neighbour,
        evidence.en_fixed_neighbour,
        math.log2(max(len(evidence.zh), 1)),
        float(min(en_words, 6)),
        float(" and " in f" {english} " and any(c in evidence.zh for c in "和与及")),
        evidence.name_runs_on,
        _cohesion(evidence.zh_share, evidence.zh_head_share) if evidence.zh_words > 1 else 0.0,
        _cohesion(evidence.en_share, evidence.en_head_share) if en_words > 1 else 0.0,
    )


def _cohesion(phrase_share: float, head_share: float) -> float:
    return math.log10(max(phrase_share, _COMMON_FLOOR)) - math.log10(max(head_share, _COMMON_FLOOR))


def probability(evidence: PairEvidence, weights: tuple[float, ...] = WEIGHTS, intercept: float = INTERCEPT) -> float:
    """The fitted estimate that a person judges the pair a correct term pair (other weights:
    scripts/fit_glossary_scorer.py scores a left-out document with a fit on the others)."""
    logit = intercept + sum(w * f for w, f in zip(weights, features(evidence), strict=True))
    return min(round(1 / (1 + math.exp(-logit)), 3), _MOST)
