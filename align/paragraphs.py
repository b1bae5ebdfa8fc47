"""Align the blocks of a Chinese and an English document: by number first, then by order and length.

1. Anchors: keys found exactly once on each side (paragraph 12, heading II.A, article 1),
   kept in an order both sides agree on (longest increasing subsequence).
2. Between two anchors, the remaining blocks (unnumbered, or numbered on one side only)
   are aligned by dynamic programming over beads 1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3 and 2-2
   with a length cost calibrated on the document itself, so a 1:3 merge (the UDHR
   preamble) becomes one pair and shifts nothing after it.
3. Pairs whose length ratio lies far outside the document's own distribution are flagged.
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from unbitext.align.banded import cheapest_beads, strip_bounds
from unbitext.align.content import Facts, comparable_lengths, confidence, content_cost, evidence, pair_cost
from unbitext.align.model import Block, BlockKind, Document

# Bead shapes (Chinese blocks, English blocks) and their prior costs, in the same
# units as the length cost (squared z-score / 2): a 1-1 bead is free, a merge must buy
# its way with a better length fit, and leaving a block unpaired costs the most.
BEAD_COSTS: dict[tuple[int, int], float] = {
    (1, 1): 0.0, (2, 1): 3.0, (1, 2): 3.0, (3, 1): 4.0, (1, 3): 4.0, (2, 2): 5.0, (1, 0): 6.0, (0, 1): 6.0,
}
# How far (in blocks) the gap aligner looks beyond the strip a path of 1-1 beads and
# one-sided blocks can take; see _align_gap.
GAP_BAND = 12
# Spread of log(English length / Chinese length) when the document gives too few
# numbered pairs to measure it; measured on wg4-2022 (paragraphs): about 0.12.
DEFAULT_LOG_RATIO_SPREAD = 0.25
MIN_CALIBRATION_PAIRS = 5
# A pair is suspicious when its log length ratio lies this many robust standard
# deviations from the document median and differs from it by a factor of 1.8 or more.
SUSPICIOUS_Z = 4.0
SUSPICIOUS_FACTOR = 1.8
MIN_LENGTH_FOR_RATIO = 15  # characters on the Chinese side; shorter pairs are too noisy to judge


@dataclass(frozen=True)
class AlignedPair:
    unit: str  # the x-unit name: "paragraph 12", "heading I", "article 11(i)", "preamble +8"
    zh: tuple[Block, ...]
    en: tuple[Block, ...]
    by_key: bool  # True when both sides carry the same number
    confidence: float = 1.0  # 0 to 1: how sure the pairing is (align.content)
    flags: tuple[str, ...] = ()  # why a reviewer should look: "length", "numbers", "content over numbers", …

    @property
    def zh_text(self) -> str:
        return "".join(b.text for b in self.zh)

    @property
    def en_text(self) -> str:
        return " ".join(b.text for b in self.en)


@dataclass(frozen=True)
class Unpaired:
    language: str
    unit: str
    block: Block


@dataclass(frozen=True)
class Finding:
    unit: str
    problem: str


@dataclass(frozen=True)
class Alignment:
    pairs: tuple[AlignedPair, ...]
    unpaired: tuple[Unpaired, ...]
    duplicates: tuple[Finding, ...]  # a number printed twice on one side
    out_of_order: tuple[Finding, ...]  # a number both sides have, in a different order
    suspicious: tuple[Finding, ...]
    length_ratio: float  # median English/Chinese character ratio of numbered pairs
    length_spread: float  # robust standard deviation of its logarithm
    # Where content overrode the numbers: "en numbering is 1 lower than zh from paragraph 31 on"
    shifts: tuple[Finding, ...] = ()


def align_documents(zh: Document, en: Document) -> Alignment:
    zh_all = _unkey_unmatched_tables(zh, en)
    en_all = _unkey_unmatched_tables(en, zh)
    duplicates = _duplicates("zh", zh_all) + _duplicates("en", en_all)
    # Footnotes stand wherever the page layout put them (after the paragraph, at the foot of
    # the page, at the end): they pair by number apart from the text's order.
    zh_blocks, zh_notes = _without_footnotes(zh_all)
    en_blocks, en_notes = _without_footnotes(en_all)
    key_anchors, out_of_order = _anchors(zh_blocks, en_blocks)
    ratio, spread = _calibrate(zh_blocks, en_blocks, key_anchors)
    cost = _BeadCost(ratio, spread, {f.unit for f in duplicates})
    duplicate_keys = {f.unit for f in duplicates}
    spans, shifts = _content_over_numbers(zh_blocks, en_blocks, key_anchors, ratio, spread, duplicate_keys)

    pairs: list[AlignedPair] = []
    unpaired: list[Unpaired] = []
    previous = (0, 0)  # the next block of each side not yet placed
    base = "front matter"
    for zh_span, en_span in [*spans, (range(len(zh_blocks), len(zh_blocks)), range(len(en_blocks), len(en_blocks)))]:
        gap_zh = zh_blocks[previous[0] : zh_span.start]
        gap_en = en_blocks[previous[1] : en_span.start]
        gap_pairs, gap_unpaired = _align_gap(gap_zh, gap_en, cost, base)
        pairs.extend(gap_pairs)
        unpaired.extend(gap_unpaired)
        if zh_span.start < len(zh_blocks):
            zh_part = tuple(zh_blocks[i] for i in zh_span)
            en_part = tuple(en_blocks[j] for j in en_span)
            same = bool({b.key for b in zh_part} & {b.key for b in en_part} - duplicate_keys)
            pairs.append(AlignedPair(str(zh_part[0].key), zh_part, en_part, by_key=same))
            base = str(zh_part[0].key)
        previous = (zh_span.stop, en_span.stop)

    note_pairs, note_unpaired = _pair_footnotes(zh_notes, en_notes)
    pairs = _insert_in_order(pairs, note_pairs, {id(b): i for i, b in enumerate(zh_all)})
    unpaired.extend(note_unpaired)
    pairs = _near_shifts([_with_confidence(pair, ratio, spread) for pair in pairs], shifts, zh_blocks, en_blocks,
                         ratio, spread)
    # A number both sides have, paired by content with another number, is explained by the shift.
    repaired = {b.key for p in pairs if not p.by_key for b in (*p.zh, *p.en) if b.key}
    repaired |= {u.unit for u in unpaired}
    out_of_order = [f for f in out_of_order if f.unit not in repaired]
    suspicious = _suspicious(pairs, ratio, spread)
    return Alignment(tuple(pairs), tuple(unpaired), tuple(duplicates), tuple(out_of_order),
                     tuple(suspicious), ratio, spread, tuple(shifts))


# What a pairing rests on, before the content speaks (align.content.confidence).
BASE_CONFIDENCE = {"number": 0.97, "order": 0.85, "content": 0.8}
FLAG_BELOW = 0.5  # a unit under this confidence is flagged for review
# Before a shift, a pair whose shifted alternative costs at most this much more is in doubt.
AMBIGUITY_MARGIN = 2.0
MAX_DOUBT_WALK = 10  # paragraphs back from a shift at most
LENGTH_FLAG_Z = 4.5  # a length this many deviations from the document's ratio is named
# The paragraph aligner's view of numbers: a pair whose numbers agree earns KEY_BONUS,
# one whose numbers differ pays NUMBER_PENALTY; content must outweigh both to re-pair.
# Set on documents derived from wg4-2022 (a paragraph deleted and the rest renumbered, or one
# split in two, at paragraphs 5, 15, 30, 45, 60): at least 98% of units right in each, no
# shift found in the three unchanged examples; checked on ga-res-ldc-poa (tests).
KEY_BONUS = -1.0
NUMBER_PENALTY = 1.0
# Two numbered paragraphs as one unit: dearer than in a gap, where unnumbered blocks merge
# often, and near the cost of leaving one unpaired.
PARAGRAPH_MERGE_COST = 5.0
# How far beyond the strip of one-to-one paths the numbered-paragraph aligner looks: a version
# that lost or split this many paragraphs in one place more than the other is still followed.
PARAGRAPH_BAND = 6


def _with_confidence(pair: AlignedPair, ratio: float, spread: float) -> AlignedPair:
    found = evidence(pair.zh_text, pair.en_text, ratio, spread)
    keyed = all(b.key for b in (*pair.zh, *pair.en))
    basis = "number" if pair.by_key else ("content" if keyed else "order")
    score = confidence(found, BASE_CONFIDENCE[basis])
    if len(pair.zh) > 1 or len(pair.en) > 1:
        score = round(score * 0.9, 2)
    flags = []
    if basis == "content":
        flags.append("paired by content, numbers differ: zh " + ", ".join(_number_of(b) for b in pair.zh)
                     + " = en " + ", ".join(_number_of(b) for b in pair.en))
    if found.comparable and abs(found.length_z) > LENGTH_FLAG_Z:
        flags.append(f"length far from the document's ratio ({found.length_z:+.1f} sd)")
    if found.conflicts:
        one_side = [f"{t.split(':', 1)[1]} (zh)" for t in found.zh_only] + [
            f"{t.split(':', 1)[1]} (en)" for t in found.en_only]
        flags.append("on one side only: " + ", ".join(one_side[:6]))
    if len(pair.zh) > 1 or len(pair.en) > 1:
        flags.append(f"merged: {len(pair.zh)} zh block(s) = {len(pair.en)} en block(s)")
    return replace(pair, confidence=score, flags=tuple(flags))


def _near_shifts(pairs: list[AlignedPair], shifts: list[Finding], zh: list[Block], en: list[Block], ratio: float,
                 spread: float) -> list[AlignedPair]:
    """Where the numbering starts to differ, which paragraph went missing (or was split) is
    the least certain. Going back from each shift, a pair is in doubt when a neighbour fits as
    well: its Chinese with the English numbered one below or above, or its English with the
    Chinese numbered one below or above. Such pairs are halved in confidence and say why;
    the walk stops at the first pair its content clearly confirms."""
    zh_by_number = {_number_of(b): b for b in zh if b.kind is BlockKind.PARAGRAPH and b.key}
    en_by_number = {_number_of(b): b for b in en if b.kind is BlockKind.PARAGRAPH and b.key}
    position = {_number_of(p.zh[0]): k for k, p in enumerate(pairs) if p.zh and p.zh[0].kind is BlockKind.PARAGRAPH}
    doubtful: dict[int, int] = {}  # id of a pair -> paragraph where the numbering shifts

    def cost(zh_text: str, en_text: str) -> float:
        return content_cost(evidence(zh_text, en_text, ratio, spread))

    for finding in shifts:
        start = int(finding.unit.split()[1])
        for number in range(start - 1, max(0, start - 1 - MAX_DOUBT_WALK), -1):
            if str(number) not in position:
                continue  # the paragraph left unpaired: reported on its own
            pair = pairs[position[str(number)]]
            own = cost(pair.zh_text, pair.en_text)
            en_number = _number_of(pair.en[0]) if pair.en else ""
            alternatives = [cost(pair.zh_text, other.text) for step in (-1, 1)
                            if (other := en_by_number.get(str(int(en_number) + step) if en_number.isdigit() else ""))]
            alternatives += [cost(other.text, pair.en_text) for step in (-1, 1)
                             if (other := zh_by_number.get(str(number + step)))]
            if not alternatives or min(alternatives) > own + AMBIGUITY_MARGIN:
                break
            doubtful[id(pair)] = start
    return [replace(p, confidence=round(p.confidence / 2, 2),
                    flags=(*p.flags, f"a neighbour fits as well, near where the numbering shifts (paragraph "
                                     f"{doubtful[id(p)]}): check")) if id(p) in doubtful else p for p in pairs]


def _number_of(block: Block) -> str:
    return (block.key or "").removeprefix("paragraph ") or block.label or "-"


def _numbered_paragraphs(blocks: list[Block]) -> list[int]:
    return [i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH and b.key]


def _content_over_numbers(zh: list[Block], en: list[Block], key_anchors: list[tuple[int, int]], ratio: float,
                          spread: float, duplicate_keys: set[str]) -> tuple[list[tuple[range, range]], list[Finding]]:
    """Anchors of the alignment as (zh span, en span), numbered paragraphs re-paired by content.

    Numbered paragraphs are aligned as two sequences by dynamic programming in which equal
    numbers earn a bonus and different ones pay a penalty, and each pair's content (length,
    anchors: align.content) costs what it contradicts. Where numbers and content agree, as
    they do in versions of one document, nothing changes. Where a version lost a paragraph
    and renumbered the rest, or split one in two, content outweighs the numbers from there
    on, and the shift is reported. Other keyed blocks (headings, items, articles) keep their
    number anchors, as long as they stay in order with the paragraphs.
    """
    zh_paragraphs, en_paragraphs = _numbered_paragraphs(zh), _numbered_paragraphs(en)
    paragraph_spans = _paragraph_dp(zh, en, zh_paragraphs, en_paragraphs, ratio, spread, duplicate_keys)
    others = [(range(i, i + 1), range(j, j + 1)) for i, j in key_anchors
              if zh[i].kind is not BlockKind.PARAGRAPH or not zh[i].key]
    spans = sorted([*others, *paragraph_spans], key=lambda span: (span[0].start, span[1].start))
    # Keep an order both sides agree on: a heading anchor crossing a re-paired paragraph yields.
    kept: list[tuple[range, range]] = []
    for span in spans:
        if not kept or (span[0].start >= kept[-1][0].stop and span[1].start >= kept[-1][1].stop):
            kept.append(span)
    return kept, _shifts(zh, en, paragraph_spans)


def _paragraph_dp(zh: list[Block], en: list[Block], zh_rows: list[int], en_rows: list[int], ratio: float,
                  spread: float, duplicate_keys: set[str]) -> list[tuple[range, range]]:
    n, m = len(zh_rows), len(en_rows)
    if not n or not m:
        return []
    zh_facts = [Facts.of(zh[row].text, "zh") for row in zh_rows]
    en_facts = [Facts.of(en[row].text, "en") for row in en_rows]

    def bead(i: int, j: int, di: int, dj: int) -> float:
        if not di or not dj:
            return BEAD_COSTS[(di, dj)]
        zh_keys = {zh[zh_rows[k]].key for k in range(i, i + di)} - duplicate_keys
        en_keys = {en[en_rows[k]].key for k in range(j, j + dj)} - duplicate_keys
        cost = pair_cost(sum(zh_facts[i + 1:i + di], zh_facts[i]), sum(en_facts[j + 1:j + dj], en_facts[j]),
                         ratio, spread)
        prior = PARAGRAPH_MERGE_COST if (di, dj) != (1, 1) else 0.0
        # A number printed twice says nothing either way.
        numbers = 0.0 if not zh_keys or not en_keys else KEY_BONUS if zh_keys & en_keys else NUMBER_PENALTY
        return prior + cost + numbers

    spans: list[tuple[range, range]] = []
    for i, j, di, dj in cheapest_beads(n, m, [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)], bead,
                                       strip_bounds(n, m, PARAGRAPH_BAND)):
        if di and dj:
            zh_span = range(zh_rows[i], zh_rows[i + di - 1] + 1)
            en_span = range(en_rows[j], en_rows[j + dj - 1] + 1)
            # A merge of two numbered paragraphs must be of neighbours, with nothing between.
            if len(zh_span) == di and len(en_span) == dj:
                spans.append((zh_span, en_span))
    return spans


def _shifts(zh: list[Block], en: list[Block], spans: list[tuple[range, range]]) -> list[Finding]:
    """Runs of re-paired paragraphs, as a reviewer reads them: how the numbering differs, from where."""
    findings: list[Finding] = []
    run_offset, run_start, run_end = 0, "", ""
    for zh_span, en_span in [*spans, (range(0), range(0))]:
        offset = 0
        if zh_span and en_span:
            zh_number, en_number = _number_of(zh[zh_span.start]), _number_of(en[en_span.start])
            if zh_number.isdigit() and en_number.isdigit():
                offset = int(en_number) - int(zh_number)
        if offset != run_offset and run_offset:
            direction = "lower" if run_offset < 0 else "higher"
            findings.append(Finding(f"paragraph {run_start}", f"en numbering is {abs(run_offset)} {direction} than zh "
                                    f"from paragraph {run_start} to {run_end}: paired by content"))
        if offset and offset != run_offset:
            run_start = _number_of(zh[zh_span.start])
        if offset:
            run_end = _number_of(zh[zh_span.stop - 1])
        run_offset = offset
    return findings


def _unkey_unmatched_tables(document: Document, other: Document) -> list[Block]:
    """The blocks to align, header left out; cells of a table whose shape (rows, columns)
    differs in the other version lose their key and pair by order and length instead."""
    shapes, other_shapes = document.table_shapes, other.table_shapes
    blocks = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADER:
            continue
        if block.kind is BlockKind.TABLE and block.key:
            number = int(block.key.split()[1]) - 1
            if number >= len(other_shapes) or other_shapes[number] != shapes[number]:
                block = replace(block, key=None)
        blocks.append(block)
    return blocks


def _without_footnotes(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    notes = [b for b in blocks if b.kind is BlockKind.FOOTNOTE and b.key]
    return [b for b in blocks if not (b.kind is BlockKind.FOOTNOTE and b.key)], notes


def _pair_footnotes(zh: list[Block], en: list[Block]) -> tuple[list[AlignedPair], list[Unpaired]]:
    """Footnotes with the same number pair in order; the others are one side only."""
    en_by_key: dict[str, list[Block]] = {}
    for block in en:
        en_by_key.setdefault(str(block.key), []).append(block)
    pairs, unpaired = [], []
    for block in zh:
        partners = en_by_key.get(str(block.key))
        if partners:
            pairs.append(AlignedPair(str(block.key), (block,), (partners.pop(0),), by_key=True))
        else:
            unpaired.append(Unpaired("zh", str(block.key), block))
    unpaired.extend(Unpaired("en", str(b.key), b) for rest in en_by_key.values() for b in rest)
    return pairs, unpaired


def _insert_in_order(pairs: list[AlignedPair], notes: list[AlignedPair], position: dict[int, int]) -> list[AlignedPair]:
    """Each footnote pair after the last pair that comes before it in the Chinese text."""
    if not notes:
        return pairs

    def place(pair: AlignedPair) -> int:
        return max((position.get(id(b), -1) for b in pair.zh), default=-1)

    # Sorting is stable: pairs keep their order, a footnote goes after the pairs before it.
    ordered = [(place(p), 0, p) for p in pairs] + [(place(n), 1, n) for n in notes]
    ordered.sort(key=lambda item: (item[0], item[1]))
    return [pair for _, _, pair in ordered]


def _duplicates(language: str, blocks: list[Block]) -> list[Finding]:
    counts = Counter(b.key for b in blocks if b.key)
    return [Finding(key, f"printed {n} times in the {language} text") for key, n in counts.items() if n > 1]


def _anchors(zh: list[Block], en: list[Block]) -> tuple[list[tuple[int, int]], list[Finding]]:
    def unique(blocks: list[Block]) -> dict[str, int]:
        counts = Counter(b.key for b in blocks if b.key)
        return {b.key: i for i, b in enumerate(blocks) if b.key and counts[b.key] == 1}

    zh_index, en_index = unique(zh), unique(en)
    common = sorted((i, en_index[key]) for key, i in zh_index.items() if key in en_index)
    kept = _longest_increasing(common)
    dropped = sorted(set(common) - set(kept))
    return kept, [Finding(str(zh[i].key), "stands in a different place in the two texts") for i, _ in dropped]


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of pairs (sorted by first) whose second items also increase."""
    tails: list[int] = []  # tails[k]: smallest English index ending an increasing run of length k+1
    tail_at: list[int] = []  # position in pairs of that tail
    parent = [-1] * len(pairs)
    for position, (_, second) in enumerate(pairs):
        k = bisect_left(tails, second)
        if k == len(tails):
            tails.append(second)
            tail_at.append(position)
        else:
            tails[k], tail_at[k] = second, position
        parent[position] = tail_at[k - 1] if k else -1
    result: list[tuple[int, int]] = []
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        result.append(pairs[position])
        position = parent[position]
    return result[::-1]


def _calibrate(zh: list[Block], en: list[Block], anchors: list[tuple[int, int]]) -> tuple[float, float]:
    """Median English/Chinese length ratio and the robust spread of its logarithm.

    Measured on numbered paragraphs and items of this document; without enough of those
    (the UDHR has numbered articles but unnumbered text), on the documents' totals. Each
    numbered block is measured against whichever of the English blocks numbered one below,
    the same or one above fits the documents' overall ratio best: where a version lost a
    paragraph and renumbered the rest, pairs by number are wrong from there on, and the
    spread they would give would drown the content evidence that finds the shift.
    """
    zh_total = sum(len(b.text) for b in zh) or 1
    en_total = sum(len(b.text) for b in en) or 1
    overall = math.log(en_total / zh_total)
    logs = []
    for i, j in anchors:
        if zh[i].kind not in (BlockKind.PARAGRAPH, BlockKind.ITEM):
            continue
        candidates = []
        for k in (j - 1, j, j + 1):
            if 0 <= k < len(en) and en[k].kind is zh[i].kind:
                zh_length, en_length = comparable_lengths(zh[i].text, en[k].text)
                if zh_length >= MIN_LENGTH_FOR_RATIO and en_length:
                    candidates.append(math.log(en_length / zh_length))
        if candidates:
            logs.append(min(candidates, key=lambda value: abs(value - overall)))
    if len(logs) < MIN_CALIBRATION_PAIRS:
        return en_total / zh_total, DEFAULT_LOG_RATIO_SPREAD
    median = statistics.median(logs)
    mad = statistics.median(abs(x - median) for x in logs)
    return math.exp(median), max(1.4826 * mad, 0.05)


class _BeadCost:
    def __init__(self, ratio: float, spread: float, duplicate_keys: set[str]) -> None:
        self.log_ratio = math.log(ratio)
        self.spread = spread
        self.duplicate_keys = duplicate_keys

    def __call__(self, zh: list[Block], en: list[Block]) -> float:
        shape = (len(zh), len(en))
        if not zh or not en:
            return BEAD_COSTS[shape]
        if not _may_pair(zh, en, self.duplicate_keys):
            return math.inf
        zh_length = sum(len(b.text) for b in zh) + 1
        en_length = sum(len(b.text) for b in en) + 1
        z = (math.log(en_length / zh_length) - self.log_ratio) / self.spread
        # Short blocks say little about their partner's length: shrink their evidence.
        weight = min(1.0, math.sqrt(min(zh_length, en_length / math.exp(self.log_ratio)) / 20))
        return BEAD_COSTS[shape] + weight * z * z / 2


def _may_pair(zh: list[Block], en: list[Block], duplicate_keys: set[str]) -> bool:
    """Numbered blocks never merge, two different numbers never pair, footnotes only with footnotes.

    A number printed twice on one side says nothing about which of the two is meant: such
    blocks pair by order and length like unnumbered ones.
    """
    def numbered(block: Block) -> bool:
        return block.key is not None and block.key not in duplicate_keys

    if (len(zh) > 1 and any(map(numbered, zh))) or (len(en) > 1 and any(map(numbered, en))):
        return False
    if len(zh) == len(en) == 1 and numbered(zh[0]) and numbered(en[0]) and zh[0].key != en[0].key:
        return False
    zh_footnote = any(b.kind is BlockKind.FOOTNOTE for b in zh)
    en_footnote = any(b.kind is BlockKind.FOOTNOTE for b in en)
    zh_heading = any(b.kind is BlockKind.HEADING for b in zh)
    en_heading = any(b.kind is BlockKind.HEADING for b in en)
    return zh_footnote == en_footnote and zh_heading == en_heading


def _align_gap(zh: list[Block], en: list[Block], cost: _BeadCost,
               base: str) -> tuple[list[AlignedPair], list[Unpaired]]:
    """Order and length between two anchors, in a band around the gap's diagonals.

    A path through the gap that pairs one to one and leaves |n - m| blocks unpaired stays
    between the lines j = i and j = i - (n - m); beads far from those (a run of blocks on one
    side paired with a run further on on the other) are never right in UN documents. So only
    cells within GAP_BAND of that strip are filled: cost O(n · (|n - m| + 2 · GAP_BAND)),
    linear in practice, where the full table was O(n · m).
    """
    if not zh and not en:
        return [], []
    found = cheapest_beads(len(zh), len(en), BEAD_COSTS,
                           lambda i, j, di, dj: cost(zh[i:i + di], en[j:j + dj]),
                           strip_bounds(len(zh), len(en), GAP_BAND))
    beads = [(zh[i:i + di], en[j:j + dj]) for i, j, di, dj in found]

    pairs: list[AlignedPair] = []
    unpaired: list[Unpaired] = []
    for ordinal, (zh_part, en_part) in enumerate(beads, start=1):
        keyed = [b.key for b in (*zh_part, *en_part) if b.key]
        unit = keyed[0] if keyed else (f"{base} {ordinal}" if base == "front matter" else f"{base} +{ordinal}")
        if zh_part and en_part:
            pairs.append(AlignedPair(unit, tuple(zh_part), tuple(en_part), by_key=False))
        else:
            language, blocks = ("zh", zh_part) if zh_part else ("en", en_part)
            unpaired.extend(Unpaired(language, unit, b) for b in blocks)
    return pairs, unpaired


def _suspicious(pairs: list[AlignedPair], ratio: float, spread: float) -> list[Finding]:
    findings = []
    for pair in pairs:
        zh_length, en_length = comparable_lengths(pair.zh_text, pair.en_text)
        if zh_length < MIN_LENGTH_FOR_RATIO or not en_length:
            continue
        pair_ratio = en_length / zh_length
        deviation = abs(math.log(pair_ratio / ratio))
        if deviation / spread > SUSPICIOUS_Z and deviation > math.log(SUSPICIOUS_FACTOR):
            findings.append(Finding(pair.unit, f"length ratio en/zh {pair_ratio:.2f} against the document's "
                                               f"{ratio:.2f} ({en_length} vs {zh_length} characters, "
                                               "shared Latin-script tokens not counted)"))
    return findings
