"""Term pairs consistent with a word alignment, in one aligned sentence pair.

A Chinese span and an English span form a pair when every link from a word of either stays
inside the other (Och and Ney's consistency, the rule of phrase-based translation), both
spans' edge words are linked (an unlinked edge word adds nothing the shorter span lacks),
and both spans can be terms (glossary/boundaries.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from unbitext.glossary import names
from unbitext.glossary.boundaries import EN_CLOSED_CLASS, en_term_span, zh_term_span
from unbitext.glossary.segment import Token
from unbitext.glossary.wordalign import Links

MAX_ZH_WORDS = 7
MAX_EN_WORDS = 8


@dataclass(frozen=True)
class PhrasePair:
    zh: tuple[int, int]  # [start, end) word indexes
    en: tuple[int, int]


def _widen_name(en: Sequence[Token], zh_of: dict[int, list[int]], low: int, high: int) -> tuple[int, int]:
    """A name's unlinked capitalized words belong to it: "United" of "United Arab Emirates"
    (阿拉伯联合酋长国 links to "Arab Emirates" only), as the usual phrase extraction widens over
    unlinked edge words, here only where the result is still one capitalized name (names.run_on);
    to the right also over an unlinked "of", "for the" … ("Commission on the Status | of Women"
    where 妇女 found no link); to the left only over capitalized words, as all extents were
    measured so far."""
    texts = [t.text for t in en]

    def capital(k: int) -> bool:
        return en[k].text[:1].isupper() and en[k].text.lower() not in EN_CLOSED_CLASS and k not in zh_of

    def unlinked(k: int) -> bool:
        return k not in zh_of

    def never(_: int) -> bool:
        return False

    if en[low].text[:1].isupper():
        while step := names.run_on(texts, low, -1, capital, never):
            low -= step
    if en[high].text[:1].isupper():
        while step := names.run_on(texts, high, 1, capital, unlinked):
            high += step
    return low, high


def phrase_pairs(zh: Sequence[Token], en: Sequence[Token], links: Links) -> Iterator[PhrasePair]:
    en_of: dict[int, list[int]] = defaultdict(list)
    zh_of: dict[int, list[int]] = defaultdict(list)
    for i, j in links:
        en_of[i].append(j)
        zh_of[j].append(i)
    for start in range(len(zh)):
        if start not in en_of:
            continue
        low, high = len(en), -1
        for end in range(start + 1, min(len(zh), start + MAX_ZH_WORDS) + 1):
            linked = en_of.get(end - 1)
            if linked:
                low, high = min(low, *linked), max(high, *linked)
            else:
                continue  # the last word must be linked
            if high - low + 1 > MAX_EN_WORDS:
                break  # growing the Chinese span only widens the English one
            if not zh_term_span(zh[start:end]):
                continue
            if all(start <= i < end for j in range(low, high + 1) for i in zh_of.get(j, ())):
                first, last = _widen_name(en, zh_of, low, high)
                if en_term_span(en[first : last + 1]):
                    yield PhrasePair((start, end), (first, last + 1))
