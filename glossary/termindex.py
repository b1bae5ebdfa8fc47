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
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w’'\-]*)\s+$")


# Everything that ends a word, turned into a space (lengths kept) so that terms, stored
# with a space on each side, are only found between word boundaries.
_WORD_BREAKS = str.maketrans({c: " " for c in
                              "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~\t\n\r\f\v“”‘«»–—…·•§¶†‡\u00a0\u202f\u3000"})


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
        self.names: set[str] = set()
        for term in set(terms):
            if not english:
                if term:
                    self.automaton.add_word(term, (term, len(term)))
                continue
            key = fold_term(term)
            if key and term[:1].isupper():
                self.names.add(key)
            for variant in english_variants(term):
                self.automaton.add_word(f" {variant} ", (key, len(variant)))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def keys_in(self, text: str) -> set[str]:
        """The terms present anywhere in `text`, nested ones included (缔约国 in 缔约国会议)."""
        if self.empty:
            return set()
        if self.english:
            return {key for key, _, _ in self.find(text, longest_only=False)}
        return {key for _, (key, _) in self.automaton.iter(text)}

    def find(self, text: str, longest_only: bool = True) -> list[tuple[str, int, int]]:
        """(term key, start, end) of every occurrence; with `longest_only`, a match inside a
        longer one is dropped ("Conference" inside "Conference of the States Parties")."""
        if self.empty:
            return []
        if self.english:
            lowered = text.lower()
            if len(lowered) != len(text):  # a character whose lower case is longer (İ): keep it
                lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
            searched = " " + lowered.translate(_WORD_BREAKS) + " "
        else:
            searched = text
        matches = []
        for last, (key, length) in self.automaton.iter(searched):
            if self.english:
                # " variant " ends at `last` in `searched`, which is `text` shifted by one.
                start, end = last - length - 1, last - 1
                if key in self.names and self._name_mismatch(text, start, end, key):
                    continue
            else:
                start, end = last + 1 - length, last + 1
            matches.append((start, end, key))
        matches.sort(key=lambda m: (m[0], m[0] - m[1]))
        if longest_only:
            # Sorted by start, longest first: a match ending before the furthest end reached
            # so far lies inside an earlier (kept) match.
            kept, furthest = [], -1
            for match in matches:
                if match[1] > furthest:
                    kept.append(match)
                    furthest = match[1]
            matches = kept
        return [(key, start, end) for start, end, key in matches]

    @staticmethod
    def _name_mismatch(text: str, start: int, end: int, key: str) -> bool:
        if text[start:end].islower():
            return True
        if " " in key:
            return False
        previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if previous is None:
            return False
        word = previous.group(1)
        return word[0].isupper() and word not in _BEFORE_NAME
