"""Term pairs a UN text spells out, with exact boundaries.

- "long form（short form）" = "long form (ACRONYM)" (glossary/acronyms.py): two pairs, the short
  form recorded as the abbreviation of the long one (one TBX concept entry holds both);
- 题为“…” = entitled "…": the titles of reports and agenda items, quoted in both languages;
- 《…》 titles (conventions, declarations, programmes): the Chinese has its brackets, the
  English a capitalized name; the English words linked to the bracketed Chinese, widened to
  the whole name they stand in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from unbitext.glossary.acronyms import defined_terms
from unbitext.glossary.segment import Token
from unbitext.glossary.units import AlignedUnit
from unbitext.glossary.wordalign import Links

_ZH_ENTITLED = re.compile(r"题为“([^”]{2,120})”")
_EN_ENTITLED = re.compile(r"entitled\s+[“\"]([^”\"]{2,300})[”\"]")
_ZH_TITLE = re.compile(r"《([^》]{2,80})》")
# Words that stand inside an English name written in capitals: "Convention against Corruption".
_NAME_INNER = frozenset("of on and the for against to in de la at".split())
_WORD = re.compile(r"[^\W_][\w’'\-]*")
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True)
class SpelledOut:
    zh: str
    en: str
    method: str  # "long form (short form)", "entitled", "《》 title"
    unit_index: int
    short_of: str = ""  # for a short form: the Chinese long form it abbreviates


@dataclass(frozen=True)
class SegmentedUnit:
    unit: AlignedUnit
    zh: tuple[Token, ...]
    en: tuple[Token, ...]
    links: Links


def _english_name_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen [start, end) over the capitalized words (and figures: "2030 Agenda") right next to
    it, trim lower-case edge words; None unless the result is a name of capitalized words
    (not a chapter number "II", not a figure alone)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    inside = [k for k, (s, e) in enumerate(words) if s < end and e > start]
    if not inside:
        return None
    first, last = inside[0], inside[-1]

    def capitalized(k: int) -> bool:
        return text[words[k][0]].isupper() or text[words[k][0]].isdigit()

    def joined(k: int) -> bool:  # only a space between word k and the next: a comma ends a name
        return text[words[k][1] : words[k + 1][0]] == " "

    while first > 0 and capitalized(first - 1) and joined(first - 1):
        first -= 1
    while last + 1 < len(words) and capitalized(last + 1) and joined(last):
        last += 1
    while first <= last and not capitalized(first):
        first += 1
    while last >= first and not capitalized(last):
        last -= 1
    if first > last or _ROMAN.fullmatch(text[words[first][0] : words[first][1]]) \
            or not any(text[words[k][0]].isalpha() for k in range(first, last + 1)):
        return None  # "II of the Convention": a chapter number, not the start of a name
    if not all(capitalized(k) or text[words[k][0] : words[k][1]].lower() in _NAME_INNER
               for k in range(first, last + 1)):
        return None
    return words[first][0], words[last][1]


def _titles(unit: SegmentedUnit, index: int) -> Iterator[SpelledOut]:
    for match in _ZH_TITLE.finditer(unit.unit.zh):
        inside = [k for k, t in enumerate(unit.zh) if t.start >= match.start(1) and t.end <= match.end(1)]
        linked = sorted(j for i, j in unit.links if i in inside)
        if not linked:
            continue
        start, end = unit.en[linked[0]].start, unit.en[linked[-1]].end
        span = _english_name_around(unit.unit.en, start, end)
        # The name must hold every linked word: "Abu Dhabi" of "Abu Dhabi declaration on
        # enhancing collaboration …" (a title in lower case) is not the title.
        if span and span[0] <= start and span[1] >= end:
            yield SpelledOut(match.group(1), _title_proper(unit.unit.en[span[0] : span[1]], match.group(1)),
                             "《》 title", index)


_LEADING_ARTICLE = re.compile(r"^The\s+(?=[A-Z])(?!Hague\b)")  # The Hague is a name
_LEADING_FIGURE = re.compile(r"^(\d+)\s+(?=[A-Z])")


def _title_proper(english: str, chinese: str) -> str:
    """The title without what the widening took from the sentence around it: the article that
    opens a sentence ("The Treaty of Rarotonga entered into force" = 《拉罗通加条约》) and a year
    the Chinese title does not hold ("1997 Vienna Convention" = 1997年《维也纳公约》)."""
    english = _LEADING_ARTICLE.sub("", english)
    figure = _LEADING_FIGURE.match(english)
    if figure and figure.group(1) not in chinese:
        english = english[figure.end():]
    return english


def spelled_out(units: Sequence[SegmentedUnit]) -> list[SpelledOut]:
    """Every spelled-out pair, in unit order (a pair found in several units occurs several times)."""
    found = []
    for index, unit in enumerate(units):
        for term in defined_terms(unit.unit.zh, unit.unit.en):
            found.append(SpelledOut(term.zh_long, term.en_long, "long form (short form)", index))
            found.append(SpelledOut(term.zh_short, term.en_short, "long form (short form)", index, term.zh_long))
        zh_titles = _ZH_ENTITLED.findall(unit.unit.zh)
        en_titles = _EN_ENTITLED.findall(unit.unit.en)
        if zh_titles and len(zh_titles) == len(en_titles):  # else: which goes with which?
            found.extend(SpelledOut(zh.strip(), en.strip().rstrip(",."), "entitled", index)
                         for zh, en in zip(zh_titles, en_titles, strict=True))
        found.extend(_titles(unit, index))
    return found
