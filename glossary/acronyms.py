"""The UN pattern that introduces a body: "long form（short form）" = "long form (ACRONYM)".

联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室） = United Nations Office on Drugs and Crime (UNODC):
within one aligned unit, the n-th such pattern in Chinese pairs with the n-th in English,
giving two term pairs: long form with long form, short form with acronym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unbitext.align.script import HAN_RANGES
from unbitext.glossary.boundaries import CLAUSE_VERBS
from unbitext.glossary.segment import zh_tokens

_ZH = re.compile(f"([{HAN_RANGES}、]{{2,60}})（([{HAN_RANGES}]{{2,15}})）")
_EN = re.compile(
    r"((?:[A-Z][\w’'\-]*|of|on|and|for|against|the|in|to|de|la)(?:,?\s+(?:[A-Z][\w’'\-]*|of|on|and|for|against|the|"
    r"in|to|de|la))*)\s*\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s[A-Z][a-z]+)?)\)"
)
_EN_LEADING_LOWER = re.compile(r"^(?:(?:of|on|and|for|against|the|in|to|de|la)\s+)+")
# A Chinese long form starts after a preposition or particle (关于, 在, 的, 了 …) or 其, past a
# clause verb (包括), and after a conjunction the English long form has no "and" for:
# 毒品和犯罪问题办公室与世界卫生组织和联合国开发计划署（开发计划署） = "... and the United Nations
# Development Programme (UNDP)" names UNDP only. jieba's words, so that 和平 is no 和.
_ZH_CUT_AFTER = frozenset("的 其 由 在 对 向 把 被 将 为 以".split())
_ZH_JOINS = frozenset("和 与 及 以及 同 或".split())
_ZH_KEPT = _ZH_JOINS | {"、"}  # never cut after on their tag alone: joins are counted, 、 parts a list of names
_EN_AND = re.compile(r"\band\b|&")


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
            return _after_other_names(_EN_LEADING_LOWER.sub("", candidate), acronym)
    return _from_acronym_initial(_EN_LEADING_LOWER.sub("", segments[-1]), acronym)


def _after_other_names(name: str, acronym: str) -> str:
    """Of names joined by "and (the)", the last ones whose initials still spell the acronym: "World
    Health Organization and the | United Nations Development Programme (UNDP)"; "Office on
    Drugs and | Crime" does not spell UNODC, so it stays whole."""
    for joint in reversed(list(re.finditer(r"\s+and\s+(?:the\s+)?(?=[A-Z])", name))):
        if _initials_cover(name[joint.end():], acronym):
            return name[joint.end():]
    return name


def _from_acronym_initial(name: str, acronym: str) -> str:
    """Where no initials spell the acronym (ASEAN: Southeast gives no E), the name starts at its
    first word with the acronym's first letter: "Member States of the | Association of
    Southeast Asian Nations (ASEAN)"."""
    first = next((m.start() for m in re.finditer(r"\b[A-Z]", name) if name[m.start()] == acronym[:1]), 0)
    return name[first:]


def _zh_long_form(before: str, parts: int, en_long: str) -> str:
    """The last `parts` 、-separated names before （, from the last word that cannot be in a name
    (above) on, holding as many conjunctions as `en_long` holds "and"s."""
    name = "、".join(before.split("、")[-parts:])
    tokens = zh_tokens(name)
    start = 0
    for k, token in enumerate(tokens):
        if token.text not in _ZH_KEPT and (token.pos.startswith(("p", "u", "x", "w")) or token.text in _ZH_CUT_AFTER):
            start = k + 1
    joins = [k for k in range(start, len(tokens)) if tokens[k].text in _ZH_JOINS]
    ands = len(_EN_AND.findall(en_long))
    if len(joins) > ands:
        start = joins[len(joins) - ands - 1] + 1
    # A clause verb opens the sentence's words, not the name (包括联合国开发计划署), though one may
    # stand inside a name (联合国促进性别平等和增强妇女权能署).
    while start < len(tokens) and tokens[start].text in CLAUSE_VERBS:
        start += 1
    return name[tokens[start].start :] if start < len(tokens) else ""


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
        zh_long = _zh_long_form(zh_before, en_long.count(",") + 1, en_long)
        if zh_long and _is_short_form(zh_short, zh_long):
            terms.append(DefinedTerm(zh_long, zh_short, en_long, en_short))
    return terms
