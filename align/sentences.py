"""Split a paragraph into sentences, for Chinese and for English UN text.

Splitting never drops or adds a character: joined back, the sentences give the text
again (up to the whitespace between them). Chinese pieces may also end at a ；
("soft" boundary): the sentence aligner keeps such a split only where the English
text has a sentence break at that point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Closing quotes and brackets that stay with the sentence before them: 。” / .) / ?’
_CLOSERS = "”’」』）)】〕\"'"

_ZH_HARD = re.compile(f"[。！？!?]+[{_CLOSERS}]*")
_ZH_SOFT = re.compile(f"；[{_CLOSERS}]*")

# A sentence stop in English: ., ! or ? (with closers), then space, then what can open
# a sentence: a capital, a digit, an opening quote or bracket.
_EN_STOP = re.compile(f"[.!?]+[{_CLOSERS}]*(?=\\s+[\"“‘(\\[A-Z0-9])")
# Words whose full stop is not a sentence end. UN style: "No. 5", "para. 12", "art. 9".
# "etc." and "art." are left out: they end sentences ("... and art.") more often than not.
_EN_ABBREVIATIONS = frozenset(
    "no nos para paras mr ms mrs dr prof st vol vols p pp ch chap sect fig "
    "ed eds rev corr add op cit ibid cf approx dept gen gov inc ltd co jr sr vs al".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_ABBREVIATION_WINDOW = 64  # longer than any abbreviation or initials


@dataclass(frozen=True)
class Piece:
    text: str
    soft_end: bool = False  # ends at a Chinese ； rather than at a sentence stop


def split_sentences(text: str, language: str) -> list[str]:
    """Sentences of `text`; for Chinese, ； does not end a sentence here."""
    pieces = split_zh(text, soft=False) if language == "zh" else split_en(text)
    return [p.text for p in pieces]


def split_zh(text: str, soft: bool = True) -> list[Piece]:
    """Chinese sentences at 。！？, and (with soft=True) pieces at ； marked soft_end."""
    pieces: list[Piece] = []
    start = 0
    stops = sorted(
        [(m.end(), False) for m in _ZH_HARD.finditer(text)]
        + ([(m.end(), True) for m in _ZH_SOFT.finditer(text)] if soft else [])
    )
    for end, is_soft in stops:
        if end > start and text[start:end].strip():
            pieces.append(Piece(text[start:end].strip(), is_soft))
            start = end
    if text[start:].strip():
        pieces.append(Piece(text[start:].strip(), False))
    return pieces


def split_en(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    start = 0
    for match in _EN_STOP.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        end = match.end()
        if text[start:end].strip():
            pieces.append(Piece(text[start:end].strip()))
        start = end
    if text[start:].strip():
        pieces.append(Piece(text[start:].strip()))
    return pieces


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at `stop` closes an abbreviation or an initial, not a sentence."""
    if text[stop] != ".":
        return False
    # Only the few characters before the stop: searching the whole text before it made
    # splitting quadratic in a paragraph's length.
    match = _WORD_BEFORE.search(text[max(0, stop - _ABBREVIATION_WINDOW):stop])
    if not match:
        return False
    word = match.group(1)
    if word.lower().rstrip(".") in _EN_ABBREVIATIONS:
        return True
    # "e.g." / "i.e." / "U.S." (internal full stops) and initials such as "J." in "J. Smith".
    return "." in word or (len(word) == 1 and word.isupper())
