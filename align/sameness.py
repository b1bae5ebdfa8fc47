"""Are two files versions of one document? Decided before anything is written.

A memory built from two different documents inserts wrong translations into a
translator's work for years, so three kinds of evidence are weighed:
- symbols: when both versions print one, they must be the same (A/80/590 = A/80/590);
- numbers: the share of numbered blocks (paragraphs, headings, articles, items) of the
  version with fewer of them that found their number on the other side (the UDHR's
  Chinese tags its list items, the English does not: they do not count against it);
- content: among the pairs made by number, the share whose content contradicts them
  (confidence under the flag threshold: length far off, numbers on one side only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from unbitext.align.model import BlockKind, Document
from unbitext.align.paragraphs import FLAG_BELOW, Alignment

MIN_SHARE_BY_NUMBER = 0.5  # under this, the numbering says two different documents
MAX_DISAGREEING = 0.5  # over this share of number pairs contradicted by content, likewise


@dataclass(frozen=True)
class Verdict:
    same: bool
    reason: str  # one line a translator reads: why the files are, or are not, one document
    share_by_number: float
    disagreeing: float  # share of pairs by number whose content contradicts them


def _symbol(symbol: str | None) -> str:
    return re.sub(r"\s+", "", symbol or "").upper()


def judge(zh: Document, en: Document, alignment: Alignment) -> Verdict:
    zh_name, en_name = Path(zh.path).name or "the Chinese file", Path(en.path).name or "the English file"
    numbered = {
        language: sum(1 for b in doc.blocks if b.key and b.kind not in (BlockKind.TITLE, BlockKind.TABLE,
                                                                         BlockKind.FOOTNOTE))
        for language, doc in (("zh", zh), ("en", en))}
    by_number = [p for p in alignment.pairs if p.by_key and p.zh[0].kind not in (BlockKind.TITLE, BlockKind.TABLE,
                                                                                   BlockKind.FOOTNOTE)]
    fewer = min(numbered.values())
    share = len(by_number) / max(1, fewer)
    disagreeing = sum(p.confidence < FLAG_BELOW for p in by_number) / max(1, len(by_number))
    symbols = (_symbol(zh.symbol), _symbol(en.symbol))
    if all(symbols) and symbols[0] != symbols[1]:
        return Verdict(False, f"{zh_name} is {zh.symbol}, {en_name} is {en.symbol}: two different documents",
                       share, disagreeing)
    evidence = (f"{len(by_number)} of {fewer} numbered paragraphs, headings and articles pair by number "
                f"(the other version numbers {max(numbered.values())})")
    if by_number:
        evidence += f", and the content of {round(disagreeing * len(by_number))} of those {len(by_number)} pairs " \
                    "disagrees with them"
    if share < MIN_SHARE_BY_NUMBER or disagreeing > MAX_DISAGREEING:
        names = _names(zh_name, zh.symbol, en_name, en.symbol)
        return Verdict(False, f"{names} do not look like versions of one document: {evidence}", share, disagreeing)
    return Verdict(True, evidence, share, disagreeing)


def _names(zh_name: str, zh_symbol: str | None, en_name: str, en_symbol: str | None) -> str:
    def named(name: str, symbol: str | None) -> str:
        return f"{name} ({symbol})" if symbol else f"{name} (no symbol)"

    return f"{named(zh_name, zh_symbol)} and {named(en_name, en_symbol)}"
