"""One alignment result: every unit of the memory, with its confidence and why it is flagged.

Computed once from the documents and their paragraph alignment (paragraph pairs, then the
sentence beads inside them); every writer reads it — the TMX, the JSON report, the review
page, the correction table — and none aligns anything again. It also says whether the two
files look like versions of one document (align.sameness) and what text was left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from unbitext.align.model import Block, BlockKind, Document
from unbitext.align.paragraphs import FLAG_BELOW, AlignedPair, Alignment
from unbitext.align.sameness import Verdict, judge
from unbitext.align.sentence_align import align_sentences

# A sentence bead that cost more than this (a merge, a misfit length, a number on one side
# only) is less sure than its paragraph; see sentence_confidence.
EASY_BEAD_COST = 3.0
FORCED_CONFIDENCE = 0.1


@dataclass(frozen=True)
class MemoryUnit:
    unit: str  # x-unit: "paragraph 12", "heading II.A", "item 13.2(a)(i)"
    sentence: str  # "" for a paragraph unit; "2", or "2-3" for two sentences as one
    zh: str
    en: str
    confidence: float
    flags: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.confidence < FLAG_BELOW


@dataclass(frozen=True)
class Dropped:
    """Text on one side only: in no unit of the memory, and said so."""

    language: str
    unit: str
    sentence: str
    text: str
    why: str


@dataclass(frozen=True)
class AlignmentResult:
    zh: Document
    en: Document
    alignment: Alignment
    segment: str  # "sentence" or "paragraph"
    source_language: str  # "zh" or "en": the side every unit needs
    units: tuple[MemoryUnit, ...]
    dropped: tuple[Dropped, ...]
    verdict: Verdict
    forced: bool = False


def _item_label(blocks: tuple[Block, ...]) -> str:
    """The label a CAT tool keeps in the segment: (a), (i), (一), ㈠ — not "1.", which it splits off."""
    if blocks and blocks[0].kind is BlockKind.ITEM and not blocks[0].label.endswith("."):
        return blocks[0].label
    return ""


def _labelled(label: str, text: str) -> str:
    return f"{label} {text}" if label and text else text


def pair_texts(pair: AlignedPair) -> dict[str, str]:
    """The segment texts of a paragraph-level unit.

    A list item keeps its label, "(a) Assist the Conference" = "(a) 协助缔约国会议": CAT tools
    keep it inside the segment (unlike a paragraph number, which they split off), so only
    a labelled unit can match exactly.
    """
    return {"zh": _labelled(_item_label(pair.zh), pair.zh_text), "en": _labelled(_item_label(pair.en), pair.en_text)}


def sentence_confidence(paragraph: float, bead_cost: float) -> float:
    """A bead is as sure as its paragraph pair, less what its own fit cost beyond an easy one."""
    return round(paragraph * math.exp(-max(0.0, bead_cost - EASY_BEAD_COST) / 6), 2)


def build_result(zh: Document, en: Document, alignment: Alignment, segment: str, source_language: str,
                 force: bool = False) -> AlignmentResult:
    verdict = judge(zh, en, alignment)
    units: list[MemoryUnit] = []
    dropped = [Dropped(u.language, u.unit, "", u.block.text, f"no counterpart in the {_other(u.language)} text")
               for u in alignment.unpaired]
    for pair in alignment.pairs:
        if segment == "paragraph":
            texts = pair_texts(pair)
            units.append(MemoryUnit(pair.unit, "", texts["zh"], texts["en"], pair.confidence, pair.flags))
            continue
        found, lost = _sentence_units(pair, source_language)
        units.extend(found)
        dropped.extend(lost)
    if force and not verdict.same:
        forced_flag = "forced: the files may not be versions of one document"
        units = [replace(u, confidence=min(u.confidence, FORCED_CONFIDENCE), flags=(*u.flags, forced_flag))
                 for u in units]
    return AlignmentResult(zh, en, alignment, segment, source_language, tuple(units), tuple(dropped), verdict,
                           forced=force and not verdict.same)


def _other(language: str) -> str:
    return "en" if language == "zh" else "zh"


def _sentence_units(pair: AlignedPair, source_language: str) -> tuple[list[MemoryUnit], list[Dropped]]:
    labels = {"zh": _item_label(pair.zh), "en": _item_label(pair.en)}
    units, lost = [], []
    for bead in align_sentences(pair.zh_text, pair.en_text):
        texts = {"zh": _labelled(labels["zh"] if 1 in bead.zh_numbers else "", bead.zh_text),
                 "en": _labelled(labels["en"] if 1 in bead.en_numbers else "", bead.en_text)}
        numbers = {"zh": bead.zh_numbers, "en": bead.en_numbers}
        position = _position(numbers[source_language] or numbers[_other(source_language)])
        if not bead.zh or not bead.en:
            language = "zh" if bead.zh else "en"
            lost.append(Dropped(language, pair.unit, position, texts[language],
                                f"a sentence with no counterpart in the {_other(language)} paragraph"))
            continue
        flags = pair.flags
        if bead.cost - EASY_BEAD_COST > 4:
            flags = (*flags, f"sentence fit is poor (cost {bead.cost:.1f})")
        units.append(MemoryUnit(pair.unit, position, texts["zh"], texts["en"],
                                sentence_confidence(pair.confidence, bead.cost), flags))
    return units, lost


def _position(numbers: tuple[int, ...]) -> str:
    """A bead's place among its paragraph's sentences: "2", or "2-3" for two as one."""
    if not numbers:
        return ""
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"
