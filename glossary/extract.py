"""From aligned units to a ranked glossary: word alignment, phrase pairs, evidence, ranking.

1. Segment: jieba words with part of speech (Chinese), word tokens (English).
2. Align words: the units together with the shipped background of UN sentence pairs
   (glossary/background.py), so that a single report is not aligned in isolation.
3. Phrase pairs consistent with the links whose two sides can be terms (glossary/phrases.py),
   counted over units; and the pairs UN texts spell out (glossary/patterns.py).
4. Evidence: how often the pair was extracted against how often either side occurs
   (alignment consistency), how often the two sides share a unit at all (association), how
   many units hold it, how long and how common each side is, and whether a side always stands
   beside the same word or runs on into a longer name; glossary/scoring.py weighs it into the
   probability that the pair is right (a model fitted on hand verdicts).
5. Averaging: steps 2-4 run on two word alignments (eflomal samples each anew) and a pair's
   probability is the mean over them, a pair one alignment did not yield counting 0 there.
6. Competitive linking: surest first, each Chinese term and each English term kept once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from unbitext.align.script import HAN
from unbitext.errors import UsageError
from unbitext.glossary import names
from unbitext.glossary.background import Background, load_background
from unbitext.glossary.boundaries import EN_CLOSED_CLASS, NEVER_AT_EDGE
from unbitext.glossary.english import WORD, head_word, opens_sentence
from unbitext.glossary.model import Glossary, TermPair
from unbitext.glossary.patterns import SegmentedUnit, SpelledOut, spelled_out
from unbitext.glossary.phrases import phrase_pairs
from unbitext.glossary.places import free_compound
from unbitext.glossary.scoring import (
    FEATURE_NAMES,
    MIN_PROBABILITY,
    PairEvidence,
    fitted_model,
    fixed_neighbour,
    probability,
)
from unbitext.glossary.segment import Token, alignment_form, en_tokens, zh_tokens
from unbitext.glossary.termindex import TermIndex, fold_term
from unbitext.glossary.units import AlignedUnit, UnitSource
from unbitext.glossary.wordalign import ALIGNER_DESCRIPTION, align_words

_WHITESPACE = re.compile(r"\s+")
# A pair the text spells out (long form (short form), entitled "...", a 《》 title) scores 1 and
# ranks above every word-alignment pair, whose score is its estimated probability (at most 0.999).
SPELLED_OUT_SCORE = 1.0
# A person reviews about 100 pairs in a sitting (some 10 s a pair, context included): the
# default list is that long; --top N asks for more, --top 0 for all.
DEFAULT_TOP = 100
# Word alignments whose pairs' probabilities are averaged. eflomal samples, and a pair that one
# alignment yields and another does not is seldom a term: on the lists of the thirteen sets
# held out in rounds 9-14 (each judged when unseen, six or three extractions each), pairs that
# appeared in one or two of six lists were right 26-42 % of the time on the letters-heavy sets,
# those in all six 77-96 %; keeping the pairs two lists share, at their mean score, raised the
# precision of the top 50 on every set of six extractions (0.75 -> 0.78 ... 0.93 -> 0.96). A
# third alignment added nothing there (0.79 -> 0.80) for another pass of eflomal.
DEFAULT_ALIGNMENTS = 2


@dataclass(frozen=True)
class ExtractOptions:
    min_count: int = 2  # aligned units a pair must be extracted from (spelled-out pairs need one)
    top: int = DEFAULT_TOP  # 0: all
    min_score: float = MIN_PROBABILITY  # word-alignment pairs: the least estimated probability
    alignments: int = DEFAULT_ALIGNMENTS  # word alignments whose pairs' probabilities are averaged


@dataclass
class _Evidence:
    units: set[int] = field(default_factory=set)  # units the pair was extracted from
    written: Counter[str] = field(default_factory=Counter)  # English as written
    written_inside: Counter[str] = field(default_factory=Counter)  # ... where it does not open the unit
    zh_words: int = 1
    zh_head: str = ""  # the last Chinese word
    zh_tags: tuple[str, ...] = ()  # the Chinese words' jieba tags
    # The content words standing beside each side where it was extracted, "L:" before, "R:" after.
    zh_neighbours: Counter[str] = field(default_factory=Counter)
    en_neighbours: Counter[str] = field(default_factory=Counter)
    name_runs_on: int = 0  # units where the English is a name running on into another capitalized word


@dataclass(frozen=True)
class Candidate:
    """A word-alignment pair before the floor and competitive linking."""

    zh: str
    en: str  # folded key (fold_term)
    written: str  # the English as most often written
    units: frozenset[int]
    evidence: PairEvidence
    probability: float


Segmented = list[tuple[AlignedUnit, tuple[Token, ...], tuple[Token, ...]]]


def segment(units: Iterable[AlignedUnit]) -> Segmented:
    """Each unit with its Chinese words (jieba, with tags) and English tokens."""
    return [(unit, zh_tokens(unit.zh), en_tokens(unit.en)) for unit in units]


def align(segmented: Segmented, background: Background) -> list[SegmentedUnit]:
    """One word alignment of the segmented units, made together with the background's pairs."""
    links = align_words([([alignment_form(t) for t in zh], [alignment_form(t) for t in en])
                         for _, zh, en in segmented] + list(background.pairs))
    return [SegmentedUnit(unit, zh, en, unit_links) for (unit, zh, en), unit_links in zip(segmented, links,
                                                                                           strict=False)]


def segment_and_align(units: Iterable[AlignedUnit], background: Background) -> list[SegmentedUnit]:
    return align(segment(units), background)


def _phrase_evidence(units: list[SegmentedUnit]) -> dict[tuple[str, str], _Evidence]:
    evidence: dict[tuple[str, str], _Evidence] = defaultdict(_Evidence)
    for index, unit in enumerate(units):
        for pair in phrase_pairs(unit.zh, unit.en, unit.links):
            zh = "".join(t.text for t in unit.zh[pair.zh[0] : pair.zh[1]])
            written = unit.unit.en[unit.en[pair.en[0]].start : unit.en[pair.en[1] - 1].end]
            if written in unit.unit.zh:
                continue  # Latin script carried over into the Chinese (COVID-19): not translated
            found = evidence[(zh, fold_term(written))]
            if index not in found.units:
                found.zh_neighbours.update(_zh_neighbours(unit.zh, *pair.zh))
                found.en_neighbours.update(_en_neighbours(unit.en, *pair.en))
                found.name_runs_on += _name_runs_on(unit.en, *pair.en)
            found.units.add(index)
            found.written[written] += 1
            if not _opens_unit(unit.en, pair.en[0]):
                found.written_inside[written] += 1
            found.zh_words = pair.zh[1] - pair.zh[0]
            found.zh_head = unit.zh[pair.zh[1] - 1].text
            found.zh_tags = tuple(t.pos for t in unit.zh[pair.zh[0] : pair.zh[1]])
    return evidence


def _opens_unit(tokens: Sequence[Token], start: int) -> bool:
    return opens_sentence([t.text for t in tokens[:start]], start)  # only the words before it count


def _written_form(found: _Evidence) -> str:
    """The English as written most often where it does not open a unit: "participants", not the
    "Participants" of "Participants noted"; as written most often when it always opens one."""
    return (found.written_inside or found.written).most_common(1)[0][0]


def _zh_neighbours(tokens: Sequence[Token], start: int, end: int) -> Iterator[str]:
    """The content words right before and after a Chinese span (no function word, no punctuation)."""
    for side, k in (("L", start - 1), ("R", end)):
        if 0 <= k < len(tokens) and tokens[k].pos not in NEVER_AT_EDGE and HAN.search(tokens[k].text):
            yield f"{side}:{tokens[k].text}"


def _en_neighbours(tokens: Sequence[Token], start: int, end: int) -> Iterator[str]:
    """The content words right before and after an English span."""
    for side, k in (("L", start - 1), ("R", end)):
        if 0 <= k < len(tokens) and WORD.fullmatch(tokens[k].text) and tokens[k].text.lower() not in EN_CLOSED_CLASS:
            yield f"{side}:{tokens[k].text.lower()}"


def _name_runs_on(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a capitalized English span is part of a longer name (names.run_on): a capitalized
    content word stands beside it, straight or over "of", "for the", "and" … ("Panel of |
    Experts", "Department of | Economic and Social Affairs", "Economic and | Social Affairs")."""
    if not tokens[start].text[:1].isupper():
        return False
    texts = [t.text for t in tokens]

    def capital_word(k: int) -> bool:
        return tokens[k].text[:1].isupper() and WORD.fullmatch(tokens[k].text) is not None \
            and tokens[k].text.lower() not in EN_CLOSED_CLASS

    # Each way from a capitalized edge word only: "States parties | to the Convention" is no name.
    return bool(names.run_on(texts, start, -1, capital_word, link_words=names.PIECE_LINK)
                or (capital_word(end - 1) and names.run_on(texts, end - 1, 1, capital_word,
                                                           link_words=names.PIECE_LINK)))


def _occurrences(units: list[SegmentedUnit], zh_terms: set[str], en_forms: set[str]
                 ) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The units holding each Chinese term, and each English term (by folded key)."""
    zh_index, en_index = TermIndex(zh_terms, english=False), TermIndex(en_forms, english=True)
    zh_units: dict[str, set[int]] = defaultdict(set)
    en_units: dict[str, set[int]] = defaultdict(set)
    for index, unit in enumerate(units):
        for key in zh_index.keys_in(unit.unit.zh):
            zh_units[key].add(index)
        for key in en_index.keys_in(unit.unit.en):
            en_units[key].add(index)
    return zh_units, en_units


def _without_fragments(evidence: dict[tuple[str, str], _Evidence], longer: set[tuple[str, str]],
                       zh_units: dict[str, set[int]], en_units: dict[str, set[int]]
                       ) -> dict[tuple[str, str], _Evidence]:
    """Drop a pair whose two sides lie inside a longer pair's (`longer`: the candidates and the
    spelled-out pairs) and whose Chinese or English is never seen outside it: 通信技术 =
    communications technologies, always within 信息和通信技术 = information and communications
    technologies, is a piece of that term; so is 核试验 = "Nuclear-Test-Ban", whose English
    only occurs in "Comprehensive Nuclear-Test-Ban Treaty" (核试验 itself stands alone)."""
    index = TermIndex({zh for zh, _ in evidence}, english=False)
    fragments: set[tuple[str, str]] = set()
    for zh_long, en_long in longer:
        for zh in index.keys_in(zh_long) - {zh_long}:
            zh_never_alone = zh_units[zh] <= zh_units[zh_long]
            for en in _english_parts(en_long):
                en_never_alone = en != en_long and bool(en_units[en]) and en_units[en] <= en_units[en_long]
                if (zh, en) in evidence and (zh_never_alone or en_never_alone):
                    fragments.add((zh, en))
    return {key: e for key, e in evidence.items() if key not in fragments}


def _coordination_parts(evidence: dict[tuple[str, str], _Evidence]) -> dict[tuple[str, str], tuple[str, str]]:
    """The two Chinese parts of each pair "A和B" = "A and B" (和, 与 or 及)."""
    parts_of = {}
    for zh, en in evidence:
        if " and " in f" {en} ":
            for conjunction in ("和", "与", "及"):
                left, middle, right = zh.partition(conjunction)
                if middle and len(left) >= 2 and len(right) >= 2:
                    parts_of[(zh, en)] = (left, right)
                    break
    return parts_of


def _without_free_coordinations(evidence: dict[tuple[str, str], _Evidence],
                                parts_of: dict[tuple[str, str], tuple[str, str]],
                                zh_units: dict[str, set[int]]) -> dict[tuple[str, str], _Evidence]:
    """Drop "A和B" = "A and B" when A and B each occur without the other: 培训和研究 = training
    and research is two terms side by side. A coordination whose parts never stand alone is
    one term (信息和通信技术 = information and communications technologies: 通信技术 is never
    alone). `zh_units` holds the parts' units too."""
    free = {key for key, (left, right) in parts_of.items()
            if zh_units[left] - zh_units[key[0]] and zh_units[right] - zh_units[key[0]]}
    return {key: e for key, e in evidence.items() if key not in free}


def _english_parts(key: str) -> Iterator[str]:
    words = key.split()
    return (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def spelled_out_pairs(alignments: Sequence[list[SegmentedUnit]]) -> list[TermPair]:
    """The spelled-out pairs of the same units under one or more word alignments, each counted,
    like any pair, over the units holding both sides.

    A Chinese term gets one English: the form spelled out most often over the alignments (a 《》
    title is linked to "Programme of Action" in most units, to "Programme" where the links are
    poorer), the longer on a tie; spaces inside the Chinese (line breaks of a PDF: "2001-2010
    十年期") do not make another term."""
    units = alignments[0]
    renderings: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    found: dict[tuple[str, str], tuple[SpelledOut, int]] = {}
    for pair in (pair for aligned in alignments for pair in spelled_out(aligned)):
        zh = _WHITESPACE.sub("", pair.zh)
        renderings[zh][(fold_term(pair.en), pair.method)] += 1
        found.setdefault((zh, fold_term(pair.en)), (pair, pair.unit_index))
    chosen = {zh: max(counts, key=lambda r: (counts[r], len(r[0])))[0] for zh, counts in renderings.items()}
    found = {key: value for key, value in found.items() if chosen[key[0]] == key[1]}
    zh_units, en_units = _occurrences(units, {p.zh for p, _ in found.values()}, {p.en for p, _ in found.values()})
    pairs = []
    for (zh, en), (pair, first) in found.items():
        count = max(len(zh_units[pair.zh] & en_units[en]), 1)
        example = units[first].unit
        pairs.append(TermPair(zh, pair.en, count, SPELLED_OUT_SCORE, example.id,
                              pair.method, status="proposed", zh_context=example.zh, en_context=example.en,
                              short_of=_WHITESPACE.sub("", pair.short_of)))
    return pairs


def candidates(units: list[SegmentedUnit], background: Background, spelled: list[TermPair],
               min_count: int = 2) -> list[Candidate]:
    """Every word-alignment pair extracted from at least `min_count` units that is neither a
    fragment of a longer pair, a free coordination nor a place's free compound (glossary/
    places.py), with its evidence and probability."""
    evidence = {key: e for key, e in _phrase_evidence(units).items() if len(e.units) >= min_count}
    parts_of = _coordination_parts(evidence)
    # One pass over the units finds the candidates, the parts of coordinations and the
    # spelled-out pairs alike.
    zh_units, en_units = _occurrences(
        units, {zh for zh, _ in evidence} | {p for ps in parts_of.values() for p in ps} | {p.zh for p in spelled},
        {form for e in evidence.values() for form in e.written} | {p.en for p in spelled})
    evidence = _without_fragments(evidence, set(evidence) | {(p.zh, fold_term(p.en)) for p in spelled},
                                  zh_units, en_units)
    evidence = _without_free_coordinations(evidence, parts_of, zh_units)
    written = {key: _written_form(found) for key, found in evidence.items()}
    evidence = {key: found for key, found in evidence.items() if not free_compound(key[0], found.zh_tags, written[key])}
    written = {key: written[key] for key in evidence}
    en_heads = {key: head_word(english) for key, english in written.items()}
    zh_shares = background.zh_shares({zh for zh, _ in evidence} | {found.zh_head for found in evidence.values()})
    en_shares = background.en_shares(set(written.values()) | set(en_heads.values()))
    found_pairs = []
    for (zh, en), found in evidence.items():
        extracted = len(found.units)
        pair_evidence = PairEvidence(
            zh=zh, extracted=extracted, zh_units=max(len(zh_units[zh]), extracted),
            en_units=max(len(en_units[en]), extracted),
            both_units=max(len(zh_units[zh] & en_units[en]), extracted), zh_words=found.zh_words,
            english=written[(zh, en)], zh_share=zh_shares.get(zh, 0.0),
            en_share=en_shares.get(en, 0.0),
            zh_fixed_neighbour=fixed_neighbour(found.zh_neighbours, extracted),
            en_fixed_neighbour=fixed_neighbour(found.en_neighbours, extracted),
            name_runs_on=found.name_runs_on / (extracted + 1),
            zh_head_share=zh_shares.get(found.zh_head, 0.0),
            en_head_share=en_shares.get(fold_term(en_heads[(zh, en)]), 0.0))
        found_pairs.append(Candidate(zh, en, written[(zh, en)], frozenset(found.units), pair_evidence,
                                     probability(pair_evidence)))
    return found_pairs


def averaged(alignments: Sequence[Sequence[Candidate]]) -> list[Candidate]:
    """One candidate per pair that any alignment yielded, its probability the mean over all of
    them, 0 where an alignment did not yield it; its evidence is the first alignment's that did."""
    found: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for candidates_of_one in alignments:
        for candidate in candidates_of_one:
            found[(candidate.zh, candidate.en)].append(candidate)
    return [replace(each[0], probability=round(sum(c.probability for c in each) / len(alignments), 3))
            for each in found.values()]


def ranked(units: list[SegmentedUnit], spelled: list[TermPair], scored: Iterable[Candidate],
           min_probability: float) -> list[TermPair]:
    """The glossary's pairs, best first: the spelled-out pairs, then the word-alignment pairs
    whose probability reaches `min_probability`, by competitive linking (each Chinese term and
    each English term taken once, by the surest pair holding it)."""
    pairs = list(spelled)
    taken_zh = {p.zh for p in pairs}
    taken_en = {fold_term(p.en) for p in pairs}
    for candidate in sorted(scored, key=lambda c: (-c.probability, c.zh, c.en)):
        if candidate.probability < min_probability:
            break
        if candidate.zh in taken_zh or candidate.en in taken_en:
            continue
        taken_zh.add(candidate.zh)
        taken_en.add(candidate.en)
        example = units[min(candidate.units)].unit
        pairs.append(TermPair(candidate.zh, candidate.written, len(candidate.units), candidate.probability,
                              example.id, "word alignment", status="proposed", zh_context=example.zh,
                              en_context=example.en))
    pairs.sort(key=lambda p: (-p.score, -p.count, p.zh, p.en))
    return pairs


def extract(sources: list[UnitSource], options: ExtractOptions = ExtractOptions()) -> Glossary:
    if options.alignments < 1:
        raise UsageError(f"alignments must be at least 1, not {options.alignments}")
    background = load_background()
    segmented = segment(unit for source in sources for unit in source.units)
    alignments = [align(segmented, background) for _ in range(options.alignments)]
    spelled = spelled_out_pairs(alignments)
    scored = averaged([candidates(units, background, spelled, options.min_count) for units in alignments])
    pairs = ranked(alignments[0], spelled, scored, options.min_score)
    if options.top:
        pairs = pairs[: options.top]
    languages = {source.source_language for source in sources}
    settings = {
        "tool": "unbitext glossary extract",
        "inputs": "; ".join(source.description for source in sources),
        "units": str(len(segmented)),
        "background": f"{len(background.pairs)} sentence pairs: {background.description}",
        "min_count": str(options.min_count),
        "min_score": str(options.min_score),
        "alignments": f"{options.alignments} (a word-alignment pair's score is the mean over them, 0 where one "
                      "did not yield it)",
        "top": str(options.top) if options.top else "all",
        "method": f"jieba words and tags; {ALIGNER_DESCRIPTION}; phrase pairs consistent with the links, no "
                  "function word, preposition or clause verb at a Chinese edge and a noun-like last word, no "
                  "closed-class word at an English edge; score = estimated probability that the pair is right "
                  f"(logistic model over {len(FEATURE_NAMES)} evidence features and their pairwise products, "
                  f"fitted on hand verdicts of {len(fitted_model().fitted_on)} documents); competitive linking; "
                  "pairs the text spells out (long form "
                  "(short form), entitled \"...\", 《》 titles) first, scored 1",
    }
    return Glossary(tuple(pairs), settings, "zh" if languages == {"zh"} else "en")
