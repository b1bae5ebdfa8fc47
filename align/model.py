"""The document model: a UN document as a sequence of labelled blocks.

A block's `key` is language-independent (一. and I. are both "heading I";
第一条 and Article 1 are both "article 1"), so the key of a Chinese block equals
the key of its English counterpart. Keys double as the unit names written to TMX.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class BlockKind(str, Enum):
    HEADER = "header"  # masthead and metadata: "United Nations", "Distr.: General", dates
    TITLE = "title"
    HEADING = "heading"  # chapters, sections, sub-headings, article labels, "Preamble"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # (a), (i), (一), ㈠, and numbered agenda items inside a paragraph
    FOOTNOTE = "footnote"
    TABLE = "table"  # one table cell with words in it, keyed "table 2 row 3 cell 1"
    OTHER = "other"  # front matter that is neither header nor title


@dataclass(frozen=True)
class Repair:
    """One change made to the extracted text, kept so a reviewer can see it."""

    kind: str  # "line-join", "page-break-merge", "footnote-marker", "link-residue", "ocr"
    line: int
    detail: str


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    label: str  # as printed: "20.", "一.", "(a)", "第一条", "¹"; "" when unlabelled
    key: str | None  # normalized, e.g. "paragraph 20", "heading II.A", "item 13.1(a)"
    text: str  # whitespace-normalized text, label removed
    lines: tuple[int, ...]  # 1-based numbers of the source lines it was read from (see align.source)
    footnote_refs: tuple[str, ...] = ()
    repairs: tuple[Repair, ...] = ()

    @property
    def span(self) -> tuple[int, int]:
        return (self.lines[0], self.lines[-1])


@dataclass(frozen=True)
class Document:
    language: str  # "zh" or "en"
    blocks: tuple[Block, ...]
    path: str = ""
    symbol: str | None = None  # e.g. "A/RES/61/211", when the header prints one
    original_language: str | None = None  # from "Original: English"
    encoding: str = "utf-8"
    format: str = "text"  # the format read: "text", "docx", "pdf", "html"
    # What the reader set aside as not text to translate, with counts: ("running head", 12), …
    set_aside: tuple[tuple[str, int], ...] = ()
    # Each table's shape (rows, columns), in order: cells pair by key only where shapes agree.
    table_shapes: tuple[tuple[int, int], ...] = ()
