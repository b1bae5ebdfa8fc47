"""English term candidates: word n-grams that neither start nor end with a stop word."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from unbitext.align.anchors import SYMBOL as _SYMBOL
from unbitext.glossary.cvalue import c_values

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


def candidates(texts: Iterable[str], min_count: int = 2) -> tuple[dict[str, float], dict[str, str]]:
    """(C-value of every frequent candidate key, the most frequent written form of each key)."""
    counts: Counter[str] = Counter()
    forms: Counter[tuple[str, str]] = Counter()
    left: dict[str, set[str]] = defaultdict(set)
    right: dict[str, set[str]] = defaultdict(set)
    name_ends: dict[str, bool] = {}
    for text in texts:
        for start, end in ngrams(text):
            written = " ".join(text[start:end].split())
            if not any(c.isalpha() for c in written):
                continue  # numbers are anchors, not terms
            key = normalize(written)
            counts[key] += 1
            forms[(key, _without_initial_capital(text, start, written))] += 1
            # An article or a pronoun next to a candidate says nothing about where a term
            # ends ("the panellist"); "and" or "of" may ("information and communications").
            before = _LAST_WORD.search(text, 0, start)
            after = _FIRST_WORD.match(text, end)
            before_word = before.group(1).lower() if before else ""
            after_word = after.group(1).lower() if after else ""
            left[key].add(before_word if before_word and before_word not in OUTSIDE_WORDS else f"^{len(left[key])}")
            right[key].add(after_word if after_word and after_word not in OUTSIDE_WORDS else f"${len(right[key])}")
            if written[-1:].isupper() or written.split()[-1][:1].isupper():
                name_ends.setdefault(key, False)
                if not (after and after.group(1)[:1].isupper()):
                    name_ends[key] = True
    # A capitalized candidate always followed by another capitalized word is a piece of a
    # name ("Implementation Review" of "... Review Group" and "... Review Mechanism").
    inside_names = {key for key, ends in name_ends.items() if not ends}
    frequent = {key: n for key, n in counts.items()
                if n >= min_count and min(len(left[key]), len(right[key])) >= min(MIN_VARIETY, n)
                and key not in inside_names}

    def parts(key: str) -> Iterator[str]:
        words = key.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1 - (i == 0)):
                yield " ".join(words[i:j])

    scores = {key: s for key, s in c_values(frequent, lambda k: len(k.split()), parts).items() if s > 0}
    best_form: dict[str, str] = {}
    for (key, written), _ in forms.most_common():
        if key in scores:
            best_form.setdefault(key, written)
    return scores, best_form
