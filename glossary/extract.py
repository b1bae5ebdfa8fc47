"""From aligned units to a ranked glossary: word alignment, phrase pairs, evidence, ranking.

1. Segment: jieba words with part of speech (Chinese), word tokens (English).
2. Align words: the units together with the shipped background of UN sentence pairs
   (glossary/background.py), so that a single report is not aligned in isolation.
3. Phrase pairs consistent with the links whose two sides can be terms (glossary/phrases.py),
   counted over units; and the pairs UN texts spell out (glossary/patterns.py).
4. Evidence: how often the pair was extracted against how often either side occurs
   (alignment consistency), how often the two sides share a unit at all (association), how
   many units hold it, and termhood: a word most UN texts use is vocabulary, not a term.
5. Competitive linking: best first, each Chinese term and each English term kept once.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from unbitext.glossary.background import Background, load_background
from unbitext.glossary.model import Glossary, TermPair
from unbitext.glossary.patterns import SegmentedUnit, SpelledOut, spelled_out
from unbitext.glossary.phrases import phrase_pairs
from unbitext.glossary.segment import alignment_form, en_tokens, zh_tokens
from unbitext.glossary.termindex import TermIndex, fold_term
from unbitext.glossary.units import UnitSource
from unbitext.glossary.wordalign import ALIGNER_DESCRIPTION, align_words

_WHITESPACE = re.compile(r"\s+")
# Pairs a text spells out rank above every statistical pair (those score under 12).
SPELLED_OUT_SCORE = 20.0
# A person reviews about 100 pairs in a sitting (some 10 s a pair, context included): the
# default list is that long; --top N asks for more, --top 0 for all.
DEFAULT_TOP = 100
# A single word is a term less often than a phrase; the more of the background's UN sentences
# its Chinese occurs in, the more likely it is vocabulary (信息 3 %, 挑战 0.9 %, 工具 0.7 %;
# 透明度 0.08 %, 议员 0.16 %). Set on wg4-2022, the tuning document.
COMMON_SHARE = 0.003
SINGLE_WORD_PENALTY = 1.5


# The least score a statistical pair needs to be proposed. A pair seen in 2 units, always
# extracted where either side occurs, scores 7 plus its termhood: a phrase 8 or more, a single
# word 6 or less, so a single word needs more units or more consistency than a phrase.
# Set after judging ga-res-ldc-poa (a short resolution: its 12 pairs under 6 were 10 wrong,
# mostly everyday words); the top 100 of wg4-2022, the tuning document, all score above 7.
MIN_SCORE = 6.0


@dataclass(frozen=True)
class ExtractOptions:
    min_count: int = 2  # aligned units a pair must be extracted from (spelled-out pairs need one)
    top: int = DEFAULT_TOP  # 0: all
    min_score: float = MIN_SCORE


@dataclass
class _Evidence:
    units: set[int] = field(default_factory=set)  # units the pair was extracted from
    written: Counter[str] = field(default_factory=Counter)  # English as written
    zh_words: int = 1


def segment_and_align(units: Iterable, background: Background) -> list[SegmentedUnit]:
    segmented = [(unit, zh_tokens(unit.zh), en_tokens(unit.en)) for unit in units]
    links = align_words([([alignment_form(t) for t in zh], [alignment_form(t) for t in en])
                         for _, zh, en in segmented] + list(background.pairs))
    return [SegmentedUnit(unit, zh, en, unit_links) for (unit, zh, en), unit_links in zip(segmented, links,
                                                                                           strict=False)]


def _phrase_evidence(units: list[SegmentedUnit]) -> dict[tuple[str, str], _Evidence]:
    evidence: dict[tuple[str, str], _Evidence] = defaultdict(_Evidence)
    for index, unit in enumerate(units):
        for pair in phrase_pairs(unit.zh, unit.en, unit.links):
            zh = "".join(t.text for t in unit.zh[pair.zh[0] : pair.zh[1]])
            written = unit.unit.en[unit.en[pair.en[0]].start : unit.en[pair.en[1] - 1].end]
            if written in unit.unit.zh:
                continue  # Latin script carried over into the Chinese (COVID-19): not translated
            found = evidence[(zh, fold_term(written))]
            found.units.add(index)
            found.written[written] += 1
            found.zh_words = pair.zh[1] - pair.zh[0]
    return evidence


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


def termhood(zh_words: int, english: str, zh_share: float) -> float:
    """Positive for terms, negative for vocabulary: several words or a name make a term; a
    single word most UN texts use ("国家" = "States", "信息" = "information") does not."""
    score = 0.0
    if zh_words > 1 or " " in english.strip():
        score += 1.0
    if any(c.isupper() for c in english):
        score += 0.5  # a name, an acronym
    if zh_words == 1 and " " not in english.strip():
        score -= 1.0 + 2 * max(0.0, math.log10(max(zh_share, 1e-9) / COMMON_SHARE))
        if english.islower():
            # One word for one word, no name: dictionary vocabulary far more often than a term
            # (婚姻 = marriage, 原则 = principles, 工具 = tools; of the 28 such pairs judged in the
            # tuned lists, 3 were terms), so it needs many units of clear evidence.
            score -= SINGLE_WORD_PENALTY
    return score


def pair_score(extracted: int, zh_units: int, en_units: int, both_units: int, term_score: float) -> float:
    consistency = 2 * extracted / (zh_units + en_units)  # 1: extracted wherever either side occurs
    association = both_units / max(zh_units, en_units)  # 1: the two sides always occur together
    return round(4 * consistency + 2 * association + math.log2(extracted) + term_score, 3)


def _spelled_out_pairs(units: list[SegmentedUnit]) -> list[TermPair]:
    """The spelled-out pairs, each counted, like any pair, over the units holding both sides.

    A Chinese term gets one English: the form spelled out most often (a 《》 title is linked to
    "Programme of Action" in most units, to "Programme" where the links are poorer); spaces
    inside the Chinese (line breaks of a PDF: "2001-2010 十年期") do not make another term."""
    renderings: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    found: dict[tuple[str, str], tuple[SpelledOut, int]] = {}
    for pair in spelled_out(units):
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
        pairs.append(TermPair(zh, pair.en, count, round(SPELLED_OUT_SCORE + math.log2(count), 3), example.id,
                              pair.method, status="proposed", zh_context=example.zh, en_context=example.en,
                              short_of=_WHITESPACE.sub("", pair.short_of)))
    return pairs


def extract(sources: list[UnitSource], options: ExtractOptions = ExtractOptions()) -> Glossary:
    background = load_background()
    units = segment_and_align([unit for source in sources for unit in source.units], background)
    evidence = {key: e for key, e in _phrase_evidence(units).items() if len(e.units) >= options.min_count}
    parts_of = _coordination_parts(evidence)
    spelled = _spelled_out_pairs(units)
    # One pass over the units finds the candidates, the parts of coordinations and the
    # spelled-out pairs alike.
    zh_units, en_units = _occurrences(
        units, {zh for zh, _ in evidence} | {p for ps in parts_of.values() for p in ps} | {p.zh for p in spelled},
        {form for e in evidence.values() for form in e.written} | {p.en for p in spelled})
    evidence = _without_fragments(evidence, set(evidence) | {(p.zh, fold_term(p.en)) for p in spelled},
                                  zh_units, en_units)
    evidence = _without_free_coordinations(evidence, parts_of, zh_units)
    shares = background.zh_shares({zh for (zh, _), e in evidence.items() if e.zh_words == 1})
    scored = []
    for (zh, en), found in evidence.items():
        extracted = len(found.units)
        zh_n, en_n = max(len(zh_units[zh]), extracted), max(len(en_units[en]), extracted)
        both = max(len(zh_units[zh] & en_units[en]), extracted)
        written = found.written.most_common(1)[0][0]
        score = pair_score(extracted, zh_n, en_n, both, termhood(found.zh_words, written, shares.get(zh, 0.0)))
        scored.append((score, zh, en, written, found))

    pairs = spelled
    taken_zh = {p.zh for p in pairs}
    taken_en = {fold_term(p.en) for p in pairs}
    for score, zh, en, written, found in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if score < options.min_score:
            break
        if zh in taken_zh or en in taken_en:
            continue
        taken_zh.add(zh)
        taken_en.add(en)
        example = units[min(found.units)].unit
        pairs.append(TermPair(zh, written, len(found.units), score, example.id, "word alignment",
                              status="proposed", zh_context=example.zh, en_context=example.en))
    pairs.sort(key=lambda p: (-p.score, -p.count, p.zh, p.en))
    if options.top:
        pairs = pairs[: options.top]
    languages = {source.source_language for source in sources}
    settings = {
        "tool": "unbitext glossary extract",
        "inputs": "; ".join(source.description for source in sources),
        "units": str(len(units)),
        "background": f"{len(background.pairs)} sentence pairs: {background.description}",
        "min_count": str(options.min_count),
        "min_score": str(options.min_score),
        "top": str(options.top) if options.top else "all",
        "method": f"jieba words and tags; {ALIGNER_DESCRIPTION}; phrase pairs consistent with the links, no "
                  "function word, preposition or clause verb at a Chinese edge and a noun-like last word, no "
                  "closed-class word at an English edge; score = 4 consistency + 2 association + log2 units "
                  "+ termhood; competitive linking; pairs the text spells out (long form (short form), "
                  "entitled \"...\", 《》 titles) first",
    }
    return Glossary(tuple(pairs), settings, "zh" if languages == {"zh"} else "en")
