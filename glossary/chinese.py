"""Chinese character n-grams inside runs of Han characters (scripts/bench_check.py's synthetic glossary).

All substrings of 2 to MAX_LENGTH characters between punctuation (and anything not Han),
that neither start nor end with a function character (的 和 在 与 及 对 等 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from unbitext.align.script import HAN_RANGES

MAX_LENGTH = 16
# Characters that do not start or end a UN term (they may stand inside one: 信息和通信技术).
FUNCTION_CHARS = frozenset("的和在与及对等了是为将并其各该这此之而以于由从向被把也都就还又或所们来去说")
# 用 begins fragments of 利用/使用 ("用信息和通信技术" of "利用信息和通信技术").
NOT_FIRST = FUNCTION_CHARS | frozenset("中上下内外到个次项名位用")
NOT_LAST = FUNCTION_CHARS | frozenset("相第一中时下")
_HAN_RUN = re.compile(f"[{HAN_RANGES}]+")


def han_runs(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _HAN_RUN.finditer(text)]


# Not inside a term either: pronouns and demonstratives (其 该 这 此), the particle 了, the
# phrase-building prepositions 关于 方面 对于 根据 以及 为了 ("研究方面的挑战" is a phrase), and 一
# before a measure word, which is the article "a" (秘书处的一位代表 = "a representative of ...").
_NOT_INSIDE = re.compile("[其该这此了]|关于|方面|对于|根据|以及|为了|一[位个项种次份名些]")


def ngrams(text: str, max_length: int = MAX_LENGTH) -> Iterator[tuple[int, int]]:
    """(start, end) of every acceptable n-gram of `text`."""
    for offset, run in han_runs(text):
        for i in range(len(run)):
            if run[i] in NOT_FIRST or _NOT_INSIDE.match(run, i):
                continue
            # Terms stop before the first character that cannot stand inside one (for 一位,
            # before the measure word: 一 itself cannot end a term anyway).
            blocked = _NOT_INSIDE.search(run, i + 1)
            end = len(run) if blocked is None else blocked.start() + (blocked.group(0)[0] == "一")
            for j in range(i + 2, min(end, i + max_length) + 1):
                if run[j - 1] not in NOT_LAST:
                    yield offset + i, offset + j
