"""What every format reader provides: the text of a document as lines, in reading order.

A format reader (textreader, docxreader, pdfreader, htmlreader) turns a file into an
`Extraction`; align.reader builds the one Document model from it, so that alignment, the
report, glossary extraction and the check never know which format a document came from.

A plain-text line may be a fragment of a paragraph (a PDF line break kept in the text);
the structured formats give whole paragraphs, one per line (`whole_paragraphs`).
Positions in `lines` are the line numbers a Block records.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(str, Enum):
    BODY = "body"  # running text; its label (12., (a), 第一条, ¹ for a footnote) says what it is
    MASTHEAD = "masthead"  # symbol, "Distr.: General", date, "Original: English": metadata, not text
    TITLE = "title"  # the document title, where the format marks it (a Word title style, <h1>)
    CELL = "cell"  # a table cell with words in it; `key` names it


@dataclass(frozen=True)
class SourceLine:
    text: str
    role: Role = Role.BODY
    key: str | None = None  # for cells: "table 2 row 3 cell 1"


@dataclass(frozen=True)
class Extraction:
    format: str  # "text", "docx", "pdf", "html"
    lines: tuple[SourceLine, ...]
    whole_paragraphs: bool  # every BODY line is a whole paragraph: never join two
    encoding: str = "utf-8"
    # Not text to translate, with counts: ("running head", 26), ("comment", 1), …
    set_aside: tuple[tuple[str, int], ...] = ()
    table_shapes: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        """All body and title text, for telling the language."""
        return "\n".join(line.text for line in self.lines if line.role is not Role.MASTHEAD)
