"""English term candidates: word n-grams that neither start nor end with a stop word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from unbitext.align.anchors import SYMBOL as _SYMBOL

MAX_WORDS = 8
# Accessor variety (different words on each side, or as many as occurrences if fewer).
MIN_VARIETY = 2
STOP_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with without within into onto upon as than that this these
those which who whom whose what where when while whether if then so such its it their they them he she her his
him we our you your i is are was were be been being had has have having do does did not no its also other
another any all each every some many several more most much few own same both either neither there here
would should could might may must shall will can including inter alia i.e e.g etc following well per via
""".split())
# Words that stand outside terms, never inside them.
OUTSIDE_WORDS = frozenset("""
the a an its their his her our your this that these those such which who whom whose was were is are be been
being has have had to by with from as would should could might may must shall will can it they he she we
of in on at for into within among between through under
""".split())
# Words, with inner hyphens, apostrophes and digits: anti-corruption, COVID-19, master’s,
# and letters of any script: Côte d'Ivoire, São Tomé and Príncipe, Türkiye.
WORD = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?")
# Where a term cannot run across.
_BREAK = re.compile(r"[,;:.!?()\[\]“”\"‘’]\s|[()\[\]“”\"]|\s[-–—]\s")


# The word right before or after a candidate, if nothing but a space separates them.
_LAST_WORD = re.compile(r"([\w’'\-]+) $")
_FIRST_WORD = re.compile(r" ([\w’'\-]+)")


def _without_initial_capital(text: str, start: int, written: str) -> str:
    """'Thematic discussion' at the start of a heading is 'thematic discussion': a capital
    that only the start of a sentence explains is not part of the term (UNODC keeps its own)."""
    first = written.split(" ", 1)[0]
    at_start = not text[:start].strip() or text[:start].rstrip()[-1] in ".:;!?(“\""
    if at_start and first[:1].isupper() and first[1:].islower():
        return written[0].lower() + written[1:]
    return written


def normalize(term: str) -> str:
    """Case-folded key, except acronyms (UNODC, GlobE stay as written)."""
    return " ".join(w if sum(c.isupper() for c in w) > 1 else w.lower() for w in term.split())


def word_spans(text: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of word spans between breaks; a document symbol (CAC/COSP/WG.4/2022/2) is a break."""
    text = _SYMBOL.sub(lambda m: " " * len(m.group(0)), text)
    start = 0
    for piece in [*_BREAK.split(text)]:
        index = text.find(piece, start)
        yield [(index + m.start(), index + m.end()) for m in WORD.finditer(piece)]
        start = index + len(piece)


def _edge_word(word: str) -> bool:
    """Can this word start or end a term? Not a stop word, nor a verb form in -ed ("recommended")."""
    lowered = word.lower()
    return lowered not in STOP_WORDS and not (word.islower() and lowered.endswith("ed"))


def ngrams(text: str, max_words: int = MAX_WORDS) -> Iterator[tuple[int, int]]:
    for words in word_spans(text):
        for i, (start, first_end) in enumerate(words):
            if not _edge_word(text[start:first_end]):
                continue
            for j in range(i, min(len(words), i + max_words)):
                end = words[j][1]
                if _edge_word(text[words[j][0] : end]):
                    yield start, end
