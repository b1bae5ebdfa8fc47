"""Finding glossary terms in text: an Aho-Corasick automaton over one language's terms.

English terms are matched case-aside and in singular and plural forms ("State party" finds
"States parties"), between word boundaries; Chinese terms exactly. Used by the checks
(glossary/check.py) and by extraction, to count where each side of a candidate occurs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

from unbitext.glossary.english import WORD


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """'parties' -> 'party', 'States' -> 'state', 'processes' -> 'process': enough to match terms."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word if word.endswith("s") and not word.endswith("ss") else word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def fold_term(term: str) -> str:
    """A term's identity: its words in lower-case singular ("States parties" -> "state party")."""
    return " ".join(singular(w) for w in WORD.findall(term))


def english_variants(term: str) -> set[str]:
    """The written forms an English term is searched for, in lower case: as written, all
    singular, all plural, and with only its last word (its head) singular or plural."""
    words = [w.lower() for w in WORD.findall(term)]
    if not words:
        return set()
    head = words[:-1]
    return {" ".join(forms) for forms in (
        words, [singular(w) for w in words], [plural(singular(w)) for w in words],
        [*head, singular(words[-1])], [*head, plural(singular(words[-1]))],
    )}


_BEFORE_NAME = frozenset("The A An This That These Those Its Their His Her Our In On At Of By For To With".split())
_NAME, _ONE_WORD_NAME = 1, 2  # how a term written with a capital is matched (see TermIndex)
_TRAILING_WORD = re.compile(r"[^\W\d_][\w’'\-]*$")


# Everything that ends a word, turned into a space (lengths kept) so that terms, stored
# with a space on each side, are only found between word boundaries. A pattern, not
# str.translate: substituting with it is three times faster on UN sentences.
_WORD_BREAKS = re.compile("[" + re.escape(
    "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~\t\n\r\f\v“”‘«»–—…·•§¶†‡\u00a0\u202f\u3000") + "]")


class TermIndex:
    """An Aho-Corasick automaton over one language's terms.

    English terms are searched, in the lower-cased text, in their singular and plural forms
    (english_variants) and found only between word boundaries; they are reported by their
    folded key. Two exceptions for a glossary term written with a capital (a name): it does
    not match an all-lower-case occurrence ("conference room paper"), and a one-word name
    does not match inside a longer name ("United Nations Conference on Trade and
    Development" is not "the Conference").
    """

    def __init__(self, terms: Iterable[str], english: bool) -> None:
        self.english = english
        self.automaton = ahocorasick.Automaton()
        # Sorted: where two terms share a written form ("processes" of "process" and of
        # "processe"), which one it stands for must not hang on the order of a set.
        for term in sorted(set(terms)):
            if not english:
                if term:
                    self.automaton.add_word(term, term)  # a Chinese term is its own key
                continue
            key = fold_term(term)
            name = (_NAME if " " in key else _ONE_WORD_NAME) if key and term[:1].isupper() else 0
            for variant in english_variants(term):
                stored = self.automaton.get(f" {variant} ", None)
                # The first term keeps a shared form, except where the same term is written as
                # a name and in lower case ("Anti-Corruption Education", "anti-corruption
                # education"): the lower-case writing takes it, or the capitalized one, sorted
                # first, would hide lower-case text.
                if stored is None or (stored[0] == key and name < stored[2]):
                    self.automaton.add_word(f" {variant} ", (key, len(variant), name))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def keys_in(self, text: str) -> set[str]:
        """The terms present anywhere in `text`, nested ones included (缔约国 in 缔约国会议)."""
        if self.empty:
            return set()
        if self.english:
            return {key for key, _, _ in self.find(text, longest_only=False)}
        return {key for _, key in self.automaton.iter(text)}

    def find(self, text: str, longest_only: bool = True) -> list[tuple[str, int, int]]:
        """(term key, start, end) of every occurrence; with `longest_only`, a match inside a
        longer one is dropped ("Conference" inside "Conference of the States Parties")."""
        if self.empty:
            return []
        # (start, -end, key): sorted, matches come by start, the longest first.
        matches = self._english_matches(text) if self.english else [
            (last + 1 - len(key), -last - 1, key) for last, key in self.automaton.iter(text)]
        matches.sort()
        if not longest_only:
            return [(key, start, -negative_end) for start, negative_end, key in matches]
        # A match ending before the furthest end reached so far lies inside an earlier (kept) one.
        kept, furthest = [], -1
        for start, negative_end, key in matches:
            if -negative_end > furthest:
                furthest = -negative_end
                kept.append((key, start, furthest))
        return kept

    def _english_matches(self, text: str) -> list[tuple[int, int, str]]:
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer (İ): keep it
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        searched = " " + _WORD_BREAKS.sub(" ", lowered) + " "
        # " variant " ends at `last` in `searched`, which is `text` shifted by one: the variant
        # runs from last - length - 1 to last - 1 in `text`. A comprehension: this runs for
        # every match of every segment.
        return [(last - length - 1, 1 - last, key) for last, (key, length, name) in self.automaton.iter(searched)
                if not name or _name_fits(text, last - length - 1, last - 1, name)]


def _name_fits(text: str, start: int, end: int, name: int) -> bool:
    """Whether a glossary name may match text[start:end]: not written all in lower case, and
    a one-word name not inside a longer name."""
    return not text[start:end].islower() and not (name == _ONE_WORD_NAME and _inside_a_name(text, start))


def _inside_a_name(text: str, start: int) -> bool:
    """Whether a capitalized word runs on from the one before: "Trade and Development
    Conference" (a longer name), not "the Conference"."""
    # The word before, if a space separates it: slicing and splitting (in C) instead of a
    # pattern tried at every position of the 40 characters before.
    before = text[max(0, start - 40):start]
    stripped = before.rstrip()
    if not stripped or len(stripped) == len(before):
        return False
    previous = _TRAILING_WORD.search(stripped.rsplit(None, 1)[-1])
    if previous is None:
        return False
    word = previous.group(0)
    return word[0].isupper() and word not in _BEFORE_NAME
