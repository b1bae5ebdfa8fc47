"""Pair Chinese and English candidates by how consistently they occur in the same aligned units.

Association is logDice (Rychlý 2008): 14 + log2(2·f(zh,en) / (f(zh) + f(en))), where f counts
aligned units; 14 means the two always occur together. A length prior lowers pairs whose
English is far longer or shorter than terms usually are for that many Chinese characters
(acronyms exempt). Pairs are then linked competitively (Melamed 2000): best first, each
English term to one Chinese term.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

# English characters per Chinese character in term pairs, measured on the hand-checked
# glossary gold of wg4 (scripts/eval_glossary.py prints the median), and the weight of a
# deviation from it (per unit of |log ratio|): among English candidates that co-occur
# equally with a Chinese term, the one of term-like length wins ("extrabudgetary
# resources" over "availability of extrabudgetary resources").
TERM_LENGTH_RATIO = 4.33
LENGTH_WEIGHT = 0.5


@dataclass(frozen=True)
class Association:
    zh: str
    en: str
    count: int  # units with both
    zh_count: int
    en_count: int
    score: float
    example: str


def is_acronym(term: str) -> bool:
    return (sum(c.isupper() for c in term) >= 2 and " " not in term.strip()) or term.isupper()


def length_penalty(zh: str, en: str) -> float:
    if is_acronym(en):
        return 0.0
    return LENGTH_WEIGHT * abs(math.log(len(en) / (TERM_LENGTH_RATIO * len(zh))))


def termhood(zh: str, en: str) -> float:
    """How much a pair looks like a term rather than general vocabulary.

    UN terms are noun phrases and names: several words, or an acronym, or a capitalized
    name; a single lower-case English word ("efforts", "recalled") is usually ordinary
    language, a verb form in -ed or -ing almost never a term.
    """
    words = en.split()
    score = 0.0
    if len(words) > 1 or is_acronym(en) or en[:1].isupper():
        score += 1.0
    elif words[-1].endswith(("ed", "ing")):
        score -= 3.0
    else:
        score -= 0.5
    if len(zh) >= 4:
        score += 0.5
    # Two words joined by "and" are more often two terms listed together ("training and
    # research") than one term ("funds and programmes"): they rank lower.
    if len(words) == 3 and words[1] in ("and", "or"):
        score -= 1.0
    # Long phrases recur in UN reports (repeated headings, fixed sentences) without being
    # terms; names are the exception ("Global Resource for Anti-Corruption Education ...").
    if not en[:1].isupper():
        score -= 0.5 * max(0, len(words) - 4)
    return score


def associations(units: Iterable[tuple[str, set[str], set[str]]], min_count: int,
                 written: Mapping[str, str]) -> list[Association]:
    """Score every (zh, en) pair that shares at least `min_count` units.

    Units are (id, Chinese candidates, English candidate keys); `written` gives the usual
    written form of each English key ("secretariat" -> "Secretariat"), which is what
    termhood and length are judged on. (A penalty for terms standing at different relative
    places in their units was tried and lowered precision@50 from 0.78 to 0.72.)
    """
    zh_counts: Counter[str] = Counter()
    en_counts: Counter[str] = Counter()
    pair_counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for unit_id, zh_terms, en_terms in units:
        zh_counts.update(zh_terms)
        en_counts.update(en_terms)
        for zh in sorted(zh_terms):
            for en in sorted(en_terms):
                pair_counts[(zh, en)] += 1
                examples.setdefault((zh, en), unit_id)
    scored = []
    for (zh, en), together in pair_counts.items():
        if together < min_count:
            continue
        dice = 14 + math.log2(2 * together / (zh_counts[zh] + en_counts[en]))
        form = written.get(en, en)
        score = dice - length_penalty(zh, form) + termhood(zh, form) + 0.5 * math.log2(together)
        scored.append(Association(zh, en, together, zh_counts[zh], en_counts[en], score, examples[(zh, en)]))
    return scored


def _short_form_of(short: str, long: str) -> bool:
    """"Conference" is the short form of "Conference of the States Parties": one word, the head."""
    return " " not in short and long.lower().startswith(short.lower() + " ")


def _seldom_alone(count: int, container_count: int) -> bool:
    """A term part seen (almost) only inside its container: "工作" in "工作组", "technologies"."""
    return count - container_count < max(1, 0.25 * count)


def _consistent(candidate: Association, linked: list[Association]) -> bool:
    """Is `candidate` a term in its own right, not a piece of a term already linked?

    - a part of a linked term, on either side, that is seldom seen outside it, is a piece
      of that term ("工作" = "Group" beside "工作组" = "Working Group");
    - nested terms translate nested: a pair whose Chinese nests in (or around) a linked
      term's Chinese, and whose English shares words with that term's English without
      nesting the same way, is a fragment of it ("通信技术" = "use of information").
    """
    zh, en = candidate.zh, candidate.en.lower()
    words = set(en.split())
    for other in linked:
        other_en = other.en.lower()
        if zh != other.zh and zh in other.zh and _seldom_alone(candidate.zh_count, other.zh_count):
            return False
        if en != other_en and en in other_en and _seldom_alone(candidate.en_count, other.en_count):
            return False
        if zh == other.zh or not (zh in other.zh or other.zh in zh) or not words & set(other_en.split()):
            continue
        inner, outer = (en, other_en) if zh in other.zh else (other_en, en)
        if inner not in outer:
            return False
    return True


def _compositional(candidate: Association, linked_by_word: dict[str, list[Association]]) -> bool:
    """An English term that contains a linked English term should contain its Chinese too:
    "resolutions of the Conference" holds "Conference" = 缔约国会议, so "议的执行情况",
    which does not, is not its translation."""
    words = candidate.en.split()
    for start, word in enumerate(words):
        for other in linked_by_word.get(word, ()):
            part = other.en.split()
            if len(part) < len(words) and words[start : start + len(part)] == part and other.zh not in candidate.zh:
                return False
    return True


# Links this frequent are trusted to test compositionality from the start of the second
# linking pass, whatever their rank (实施 = "implementation": 16 units).
RELIABLE_COUNT = 10


def link(scored: list[Association], trusted: frozenset[tuple[str, str]] = frozenset(),
         written: Mapping[str, str] | None = None) -> list[Association]:
    """Competitive linking: best pair first; an English term once linked is not linked again,
    a Chinese term takes a second English term only as its one-word short form (or the
    long form of one), nested terms must translate nested, and an English term containing a
    linked term must contain its Chinese. `trusted` pairs (defined by the document itself)
    are exempt from these tests. Two passes: the frequent links of the first constrain the
    whole second."""
    first = _link_once(scored, trusted, [])
    linked = _link_once(scored, trusted, [a for a in first if a.count >= RELIABLE_COUNT])
    # A piece linked before the term it belongs to ("反腐败学院" before "国际反腐败学院").
    # (Checking compositionality again here, against every later link, was tried: a wrong
    # late link such as 协助 = "mandate" then removed good pairs; recall fell 0.86 -> 0.79.)
    linked = [a for a in linked
              if (a.zh, a.en) in trusted or _consistent(a, [b for b in linked if b is not a and b.zh != a.zh])]
    linked = _demote_coordinations(linked)
    return linked + _long_forms(linked, scored, written or {})


def _link_once(scored: list[Association], trusted: frozenset[tuple[str, str]],
               reliable: list[Association]) -> list[Association]:
    linked: list[Association] = []
    linked_by_word: dict[str, list[Association]] = {}  # by the first word of their English
    for association in reliable:
        linked_by_word.setdefault(association.en.split()[0], []).append(association)
    english_of: dict[str, list[str]] = {}
    used_en: set[str] = set()
    for association in sorted(scored, key=lambda a: (-a.score, -a.count, -len(a.zh), a.zh, a.en)):
        if association.en in used_en:
            continue
        taken = english_of.get(association.zh, [])
        if taken and not all(_short_form_of(association.en, en) or _short_form_of(en, association.en)
                             for en in taken):
            continue
        if (association.zh, association.en) not in trusted and not (
                _consistent(association, linked) and _compositional(association, linked_by_word)):
            continue
        linked.append(association)
        linked_by_word.setdefault(association.en.split()[0], []).append(association)
        english_of.setdefault(association.zh, []).append(association.en)
        used_en.add(association.en)
    return linked


COORDINATION_PENALTY = 2.0


def _demote_coordinations(linked: list[Association]) -> list[Association]:
    """"challenges and good practices" lists terms the glossary already has ("good
    practices" = 良好做法): it is ranked lower, as a coordination rather than a term."""
    english = {a.en.lower() for a in linked}
    demoted = []
    for association in linked:
        left, _, right = association.en.lower().partition(" and ")
        if right and (left in english or right in english):
            association = replace(association, score=association.score - COORDINATION_PENALTY)
        demoted.append(association)
    return demoted


def _long_forms(linked: list[Association], scored: list[Association],
                written: Mapping[str, str]) -> list[Association]:
    """A term linked to a one-word short form ("缔约国会议" = "Conference") also gets the long
    form that word heads ("Conference of the States Parties"), even if a longer Chinese
    term took that long form first: UN texts name a body in full once, then by its head."""
    has = {(a.zh, a.en) for a in linked}
    short = {a.zh: a.en for a in linked if " " not in a.en and written.get(a.en, a.en)[:1].isupper()}
    best: dict[str, Association] = {}
    for association in sorted(scored, key=lambda a: (a.zh, a.en)):
        head = short.get(association.zh)
        if head and _short_form_of(head, association.en) and (association.zh, association.en) not in has:
            if association.zh not in best or association.score > best[association.zh].score:
                best[association.zh] = association
    return list(best.values())
