"""The UN pattern that introduces a body: "long form（short form）" = "long form (ACRONYM)".

联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室） = United Nations Office on Drugs and Crime (UNODC):
within one aligned unit, the n-th such pattern in Chinese pairs with the n-th in English,
giving two term pairs: long form with long form, short form with acronym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unbitext.align.script import HAN_RANGES

_ZH = re.compile(f"([{HAN_RANGES}、]{{2,60}})（([{HAN_RANGES}]{{2,15}})）")
_EN = re.compile(
    r"((?:[A-Z][\w’'\-]*|of|on|and|for|against|the|in|to|de|la)(?:,?\s+(?:[A-Z][\w’'\-]*|of|on|and|for|against|the|"
    r"in|to|de|la))*)\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s[A-Z][a-z]+)?)\)"
)
_EN_LEADING_LOWER = re.compile(r"^(?:(?:of|on|and|for|against|the|in|to|de|la)\s+)+")
# A Chinese long form starts after these (a verb or preposition before the name); 和 及 与
# stand inside names (联合国毒品和犯罪问题办公室) and are only dropped at the very start.
_ZH_CUT_AFTER = "的其由在对向把被将为以"


@dataclass(frozen=True)
class DefinedTerm:
    zh_long: str
    zh_short: str
    en_long: str
    en_short: str


def _initials_cover(long: str, acronym: str) -> bool:
    """Do the capitals of `acronym` appear, in order, among the initials of `long`?"""
    initials = iter(w[0] for w in re.split(r"[\s\-]+", long) if w[:1].isupper())
    return all(any(c == i for i in initials) for c in acronym if c.isupper())


def _en_long_form(text: str, acronym: str) -> str:
    """The name before "(ACRONYM)": of a list of names, the last ones whose initials spell it."""
    segments = [s.strip() for s in _EN_LEADING_LOWER.sub("", text).split(",")]
    for count in range(1, len(segments) + 1):
        candidate = ", ".join(segments[-count:])
        if _initials_cover(candidate, acronym):
            return _EN_LEADING_LOWER.sub("", candidate)
    return _EN_LEADING_LOWER.sub("", segments[-1])


def _zh_long_form(before: str, parts: int) -> str:
    """The last `parts` 、-separated names before （, from the last verb or preposition on."""
    name = "、".join(before.split("、")[-parts:])
    cut = max(name.rfind(c) for c in _ZH_CUT_AFTER)
    return name[cut + 1 :].lstrip("和及与")


def _is_short_form(short: str, long: str) -> bool:
    return len(short) < len(long) and sum(c in long for c in set(short)) >= 0.6 * len(set(short))


def defined_terms(zh: str, en: str) -> list[DefinedTerm]:
    zh_matches = [(m.group(1), m.group(2)) for m in _ZH.finditer(zh)]
    en_matches = [(_en_long_form(m.group(1), m.group(2)), m.group(2)) for m in _EN.finditer(en)]
    en_matches = [(long, short) for long, short in en_matches if long[:1].isupper()]
    if len(zh_matches) != len(en_matches):
        return []  # cannot tell which goes with which
    terms = []
    for (zh_before, zh_short), (en_long, en_short) in zip(zh_matches, en_matches, strict=True):
        zh_long = _zh_long_form(zh_before, en_long.count(",") + 1)
        if _is_short_form(zh_short, zh_long):
            terms.append(DefinedTerm(zh_long, zh_short, en_long, en_short))
    return terms
