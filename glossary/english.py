"""English word n-grams that neither start nor end with a stop word (scripts/bench_check.py's synthetic
glossary), WORD, the English word pattern of the glossary package, the head of an English term, and
whether a word opens its sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from unbitext.align.anchors import SYMBOL as _SYMBOL
from unbitext.glossary.names import NAME_LINK

MAX_WORDS = 8
STOP_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with without within into onto upon as than that this these
those which who whom whose what where when while whether if then so such its it their they them he she her his
him we our you your i is are was were be been being had has have having do does did not no its also other
another any all each every some many several more most much few own same both either neither there here
would should could might may must shall will can including inter alia i.e e.g etc following well per via
""".split())
# Words, with inner hyphens, apostrophes and digits: anti-corruption, COVID-19, master’s,
# and letters of any script: Côte d'Ivoire, São Tomé and Príncipe, Türkiye.
WORD = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?")
# A label before a sentence or heading: "iv" of "(iv)", "IV" of "IV. Evaluation".
_ROMAN_LABEL = re.compile(r"[ivxlc]+|[IVXLC]+")
# Where a term cannot run across.
_BREAK = re.compile(r"[,;:.!?()\[\]“”\"‘’]\s|[()\[\]“”\"]|\s[-–—]\s")


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


def head_word(term: str) -> str:
    """The word an English term is built on: its last word, or, where a link word ("of", "for",
    "on" …) follows its first words, the word before it ("authorities" of "authorities of
    Guinea-Bissau", "Conference" of "Conference of the States Parties"); "" for no word."""
    words = WORD.findall(term)
    for k in range(1, len(words)):
        if words[k].lower() in NAME_LINK:
            return words[k - 1]
    return words[-1] if words else ""


def opens_sentence(words: Sequence[str], k: int) -> bool:
    """Whether word k opens its sentence or heading: only numbers, one-letter labels and roman
    numerals before it ("5. (a) Participants noted ...", "IV. Evaluation"), so that its capital
    letter says nothing of a name."""
    return all(len(w) == 1 or not w.isalpha() or _ROMAN_LABEL.fullmatch(w) for w in words[:k])
