"""Where an English name ends: the one rule the glossary uses to run a capitalized name on.

A name runs on from one of its words to the next capitalized word ("United | Nations"), or over
a link word, and a "the" after it, to a capitalized word ("Platform | for | Action",
"Convention | on the | Rights"). Not over "and" where a name is widened: "A and B" is as often
two names side by side as one ("Economic and Social Council"). A caller asking only whether a
span is a piece of a longer name may count a bare "and" ("Economic and | Social Affairs"),
never "and the", which joins two names ("... Affairs and the | Economic and Social Council").
A figure joins a name only straight ("2030 Agenda"), never after a link word ("article 6 of |
2015").

Callers say which words may join (their own idea of a capitalized word: not linked to other
Chinese, not a closed-class word …) and which may link; the grammar is the same for all three:
the 《》-title widening (patterns.py), the widening of word-alignment phrases (phrases.py) and
the name-runs-on feature of the scorer (extract.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# Lower-case words a name runs on over: "Platform for Action", "Convention on the Rights of the
# Child", "Global Report on Corruption in Sport", "Convention for the Prevention of Pollution
# from Ships".
NAME_LINK = frozenset("of for on against in to from".split())
# ... and "and", for the question whether a span is a piece of a name.
PIECE_LINK = NAME_LINK | {"and"}


def _anywhere(_: int) -> bool:
    return True


def run_on(words: Sequence[str], k: int, step: int, joins: Callable[[int], bool],
           links: Callable[[int], bool] = _anywhere, link_words: frozenset[str] = NAME_LINK) -> int:
    """How many words a name holding word k runs on by in direction `step` (1: rightwards, -1:
    leftwards): 1 when the next word joins; 2 or 3 over a link word (and a "the" after it) to a
    word that joins and is not a figure; 0 where the name ends. `joins(j)` and `links(j)` are
    the caller's tests of word j (both are only asked of indexes inside `words`); `link_words`
    are the words that may link (NAME_LINK or PIECE_LINK); only those of NAME_LINK take a
    "the" after them."""

    def inside(j: int) -> bool:
        return 0 <= j < len(words)

    def joins_after_link(j: int) -> bool:
        return inside(j) and joins(j) and not words[j][:1].isdigit()

    def is_link(j: int, allowed: frozenset[str] = link_words) -> bool:
        return inside(j) and words[j].lower() in allowed and links(j)

    def is_the(j: int) -> bool:
        return inside(j) and words[j].lower() == "the" and links(j)

    if inside(k + step) and joins(k + step):
        return 1
    # In reading order a link word comes first, then "the": "on the" | "Rights".
    link, the = (k + 1, k + 2) if step == 1 else (k - 2, k - 1)
    if is_link(link, link_words & NAME_LINK) and is_the(the) and joins_after_link(k + 3 * step):
        return 3
    if is_link(k + step) and joins_after_link(k + 2 * step):
        return 2
    return 0
