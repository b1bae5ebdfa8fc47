"""Does a Chinese block say what an English block says? The evidence its content gives.

Two kinds of evidence, both cheap and language-independent enough for UN texts:
- length: the logarithm of the English/Chinese length ratio against the document's own
  median, in robust standard deviations (a z-score); translations keep a steady ratio;
- anchors (align.anchors): numbers, dates, symbols and resolution references both texts
  must carry, and Latin-script names the Chinese keeps; one on one side only contradicts.

From these: a cost for the aligners (same units as the bead costs of align.paragraphs: a
squared z-score halved), and a confidence between 0 and 1 for every unit written.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from unbitext.align.anchors import anchor_tokens

# Latin-script tokens a Chinese text carries over verbatim (symbols, names, acronyms).
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/.\-]+[A-Za-z0-9]")
MIN_COMPARABLE_LENGTH = 15  # Chinese characters: a shorter text's length says little
MAX_LENGTH_COST = 8.0  # a z-score of 4: correct pairs reach it (wg4-2022), so more proves nothing more
MIN_SPREAD = 0.12  # the length model's spread is not trusted below this: single pairs vary more
CONFLICT_COST = 2.0  # per anchor on one side only
MAX_CONFLICTS = 4
SHARED_CREDIT = 0.5  # per anchor both sides carry
MAX_SHARED = 4


@dataclass(frozen=True)
class Evidence:
    length_z: float  # 0.0 where the texts are too short to compare
    comparable: bool
    shared: tuple[str, ...]  # anchors on both sides: "num:2022", "sym:CAC/COSP/WG.4/2022/2"
    zh_only: tuple[str, ...]  # anchors the English lacks
    en_only: tuple[str, ...]  # anchors the Chinese lacks (English names are not counted)

    @property
    def conflicts(self) -> int:
        return len(self.zh_only) + len(self.en_only)


@dataclass(frozen=True)
class Facts:
    """What evidence needs of one text, computed once: aligners compare a block many times."""

    length: int
    latin: dict[str, int]  # Latin-script token -> characters it takes in the text
    numbers: frozenset[str]  # anchors other than names: num:, ref:, sym:
    names: frozenset[str]  # lat: tokens

    @classmethod
    def of(cls, text: str, language: str) -> Facts:
        latin: dict[str, int] = {}
        for token in _LATIN_TOKEN.findall(text):
            latin[token] = latin.get(token, 0) + len(token)
        tokens = anchor_tokens(text, language)
        length = _chinese_length(text) if language == "zh" else len(text)
        return cls(length, latin, frozenset(t for t in tokens if not t.startswith("lat:")),
                   frozenset(t for t in tokens if t.startswith("lat:")))

    def __add__(self, other: Facts) -> Facts:
        latin = dict(self.latin)
        for token, size in other.latin.items():
            latin[token] = latin.get(token, 0) + size
        return Facts(self.length + other.length, latin, self.numbers | other.numbers, self.names | other.names)


def evidence(zh_text: str, en_text: str, ratio: float, spread: float) -> Evidence:
    return evidence_of(Facts.of(zh_text, "zh"), Facts.of(en_text, "en"), ratio, spread)


def evidence_of(zh: Facts, en: Facts, ratio: float, spread: float) -> Evidence:
    shared = (zh.numbers & en.numbers) | (zh.names & en.names)
    # An English capitalized word need not stay Latin in Chinese; a Latin name in the
    # Chinese must be in the English.
    zh_only = (zh.numbers - en.numbers) | (zh.names - en.names)
    en_only = en.numbers - zh.numbers
    # Lengths without the Latin-script tokens both sides share: "CAC/COSP/WG.4/2022/L.1" is
    # as long in Chinese as in English and would make a paragraph of symbols look wrong.
    common = zh.latin.keys() & en.latin.keys()
    zh_length = zh.length - sum(zh.latin[t] for t in common)
    en_length = en.length - sum(en.latin[t] for t in common)
    comparable = zh_length >= MIN_COMPARABLE_LENGTH and en_length > 0
    z = 0.0
    if comparable:
        z = (math.log(en_length / zh_length) - math.log(ratio)) / max(spread, MIN_SPREAD)
    return Evidence(z, comparable, tuple(sorted(shared)), tuple(sorted(zh_only)), tuple(sorted(en_only)))


def pair_cost(zh: Facts, en: Facts, ratio: float, spread: float) -> float:
    """content_cost(evidence_of(zh, en, ratio, spread)) without building the evidence: the
    paragraph aligner asks it for every cell of its band."""
    shared = len(zh.numbers & en.numbers) + len(zh.names & en.names)
    conflicts = len(zh.numbers ^ en.numbers) + len(zh.names - en.names)
    common = zh.latin.keys() & en.latin.keys()
    zh_length = zh.length - sum(zh.latin[t] for t in common) if common else zh.length
    en_length = en.length - sum(en.latin[t] for t in common) if common else en.length
    length = 0.0
    if zh_length >= MIN_COMPARABLE_LENGTH and en_length > 0:
        z = (math.log(en_length / zh_length) - math.log(ratio)) / max(spread, MIN_SPREAD)
        length = min(z * z / 2, MAX_LENGTH_COST)
    return length + CONFLICT_COST * min(conflicts, MAX_CONFLICTS) - SHARED_CREDIT * min(shared, MAX_SHARED)


def content_cost(found: Evidence) -> float:
    """Low for a likely translation, high for text that says something else."""
    length = min(found.length_z ** 2 / 2, MAX_LENGTH_COST) if found.comparable else 0.0
    return (length + CONFLICT_COST * min(found.conflicts, MAX_CONFLICTS)
            - SHARED_CREDIT * min(len(found.shared), MAX_SHARED))


def confidence(found: Evidence, base: float) -> float:
    """`base` (what the pairing rests on: numbers, order, content) scaled down by what the
    content contradicts: a length far from the document's ratio, anchors on one side only."""
    # Single pairs stray far from the document's ratio (a list of country names, a terse
    # sentence): the length lowers confidence only well beyond two and a half deviations.
    length = 0.8 if not found.comparable else math.exp(-max(0.0, abs(found.length_z) - 2.5) ** 2 / 8)
    anchors = (len(found.shared) + 1) / (len(found.shared) + 1 + 1.5 * found.conflicts)
    return round(base * length * anchors, 2)


def comparable_lengths(zh_text: str, en_text: str) -> tuple[int, int]:
    """Lengths without the Latin-script tokens both sides share.

    "CAC/COSP/WG.4/2022/L.1" is as long in Chinese as in English; counted as Chinese
    it would make a paragraph full of document symbols look badly mistranslated.
    """
    shared = set(_LATIN_TOKEN.findall(zh_text)) & set(_LATIN_TOKEN.findall(en_text))

    def without_shared(text: str) -> str:
        return _LATIN_TOKEN.sub(lambda m: "" if m.group(0) in shared else m.group(0), text)

    return _chinese_length(without_shared(zh_text)), len(without_shared(en_text))


def _chinese_length(text: str) -> int:
    """Characters of Chinese text without its spaces, which extraction scatters around digits
    ("2022 年 6 月") and which the language does not write."""
    return len(text) - sum(1 for char in text if char.isspace())
