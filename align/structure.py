"""Build the document model from the lines a format reader extracted (align.source).

The reader walks the lines once. Labels (align.labels) say what a line could be; the
context decides what it is: "1." is paragraph 1 only when paragraph numbering has
reached 0; inside a paragraph that ends with a colon it is an agenda item, elsewhere a
numbered sub-heading (examples/UN-DOCUMENTS.md: paragraph numbers increase by one). A number
that is none of these (a year where a PDF broke the line: "2021. The Group …") is running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unbitext.align import furniture
from unbitext.align.decode import split_lines
from unbitext.align.labels import Label, LabelType, read_label
from unbitext.align.model import Block, BlockKind, Document, Repair
from unbitext.align.repair import fix_ocr, join_lines, strip_footnote_refs, strip_link_residue
from unbitext.align.source import Extraction, Role, SourceLine
from unbitext.text import fold_whitespace

# How far paragraph numbering may jump and still be read as paragraphs (a paragraph
# lost in extraction); larger jumps are agenda items, sub-headings or years.
MAX_PARAGRAPH_GAP = 3
# A document is laid out as numbered paragraphs once this many follow in sequence;
# then an unlabelled line directly under a paragraph is the rest of it.
MIN_NUMBERED_PARAGRAPHS = 3

_TERMINAL = "。．.；;：:！!？?”’」』)）"
_LIST_INTRO = re.compile(r"[:：]$")

_STRUCTURAL = {LabelType.CHAPTER, LabelType.SECTION, LabelType.NUMBER, LabelType.ARTICLE,
               LabelType.PREAMBLE, LabelType.LETTER, LabelType.ROMAN, LabelType.SECTION_NUMBER, LabelType.ANNEX}
_CONTINUABLE = {BlockKind.PARAGRAPH, BlockKind.ITEM, BlockKind.FOOTNOTE}

# Item nesting: paragraph or article, then agenda number, then (a), then (i).
_LEVEL_NUMBER, _LEVEL_LETTER, _LEVEL_ROMAN = 1, 2, 3


@dataclass
class _Draft:
    kind: BlockKind
    label: str
    key: str | None
    text: str
    lines: list[int]
    refs: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)

    def freeze(self) -> Block:
        return Block(self.kind, self.label, self.key, fold_whitespace(self.text), tuple(self.lines),
                     tuple(self.refs), tuple(self.repairs))


def parse_text(text: str, language: str, path: str = "", encoding: str = "utf-8") -> Document:
    """Build a Document from plain text; never fails, whatever the text."""
    lines = tuple(SourceLine(line) for line in split_lines(text))
    return build_document(Extraction("text", lines, whole_paragraphs=False, encoding=encoding), language, path)


def build_document(extraction: Extraction, language: str, path: str = "") -> Document:
    """Build a Document from any format's extraction; never fails, whatever the lines."""
    lines = extraction.lines
    body = [line.text for line in lines if line.role is Role.BODY]
    reader = _Reader(language, numbered=_has_numbered_paragraphs(body),
                     whole_paragraphs=extraction.whole_paragraphs)
    reader.last_numbered_line = _last_numbered_line(lines)
    for number, line in enumerate(lines, start=1):
        reader.feed(number, line)
    return Document(language=language, blocks=reader.finish(), path=path, symbol=reader.symbol,
                    original_language=reader.original_language, encoding=extraction.encoding,
                    format=extraction.format, set_aside=extraction.set_aside,
                    table_shapes=extraction.table_shapes)


def _last_numbered_line(lines: tuple[SourceLine, ...]) -> int:
    """The line (1-based) of the last paragraph number in the 1, 2, 3 … sequence; 0 without one."""
    expected, found = 1, 0
    for number, line in enumerate(lines, start=1):
        label = read_label(line.text) if line.role is Role.BODY else None
        if label and label.type is LabelType.NUMBER and int(label.value) == expected:
            expected, found = expected + 1, number
    return found


def _has_numbered_paragraphs(lines: list[str]) -> bool:
    """1., 2., 3. … in sequence, or paragraphs numbered within sections (15.1, 15.2, …)."""
    expected = 1
    within_sections = 0
    for line in lines:
        label = read_label(line)
        if label and label.type is LabelType.NUMBER and int(label.value) == expected:
            expected += 1
        elif label and label.type is LabelType.SECTION_NUMBER:
            within_sections += 1
    return expected > MIN_NUMBERED_PARAGRAPHS or within_sections >= MIN_NUMBERED_PARAGRAPHS


def _closed(text: str) -> bool:
    """The text ends a sentence (or a list item: ；, ;, :)."""
    return fold_whitespace(text).endswith(tuple(_TERMINAL))


def _looks_like_heading(text: str, language: str) -> bool:
    """Without closing punctuation and not overlong: a heading, not a run of body text.

    UN sub-headings can be long ("Thematic discussion on challenges and good practices in
    anti-corruption awareness-raising, education, training and research": 112 characters).
    """
    text = text.strip()
    short = len(text) < (80 if language == "zh" else 200)
    return short and not text.endswith(tuple(_TERMINAL))


class _Reader:
    def __init__(self, language: str, numbered: bool, whole_paragraphs: bool = False) -> None:
        self.language = language
        self.numbered = numbered
        self.whole_paragraphs = whole_paragraphs
        self.titled = False  # the format marked a title line
        self.blocks: list[_Draft] = []
        self.front: list[_Draft] = []  # before the first structural label
        self.in_front = True
        self.symbol: str | None = None
        self.original_language: str | None = None
        self.current: _Draft | None = None  # the block an unlabelled line may continue
        self.blank_before = False
        self.chapter: str | None = None
        self.section: str | None = None
        self.last_paragraph = 0
        self.root: str | None = None  # "13" or "article 11": what items hang from
        self.stack: list[tuple[int, str]] = []  # (level, path) of open list items
        self.list_count = 0  # last agenda number under the current root
        self.raw_line = ""  # the line being read, for a label that turns out to be text
        self.last_numbered_line = 0  # set by build_document: where the numbered paragraphs end
        self.annex = ""  # "annex I" once an annex begins: its numbering restarts, its keys say so
        self.section_numbers: dict[str, int] = {}  # last paragraph number within each section: "15" -> 54
        self.page_break = False  # page furniture (symbol, job number, page number) just read

    # --- line dispatch -------------------------------------------------------------

    def feed(self, number: int, source: SourceLine) -> None:
        line = source.text
        if not line.strip():
            self.blank_before = True
            return
        if source.role is not Role.BODY:
            self._marked(number, source)
            return
        label = read_label(line)
        self.raw_line = line
        if self.in_front and (label is None or label.type not in _STRUCTURAL):
            self._front_line(number, line)
        elif furniture.is_page_furniture(line):
            self.blocks.append(_Draft(BlockKind.HEADER, "", None, line.strip(), [number]))
            self.page_break = True
            return
        elif label is None:
            self._unlabelled(number, line)
        else:
            self.in_front = False
            self._labelled(number, label)
        self.blank_before = False
        self.page_break = False

    def _front_line(self, number: int, line: str) -> None:
        self.symbol = self.symbol or furniture.document_symbol(line)
        self.original_language = self.original_language or furniture.original_language(line)
        kind = BlockKind.HEADER if furniture.is_masthead(line) else BlockKind.OTHER
        self.front.append(self._draft(kind, "", None, line, number))

    def _marked(self, number: int, source: SourceLine) -> None:
        """A line whose role the format told: masthead, title or table cell."""
        if source.role is Role.MASTHEAD:
            self.symbol = self.symbol or furniture.document_symbol(source.text)
            self.original_language = self.original_language or furniture.original_language(source.text)
            self.front.append(self._draft(BlockKind.HEADER, "", None, source.text, number))
        elif source.role is Role.TITLE and not self.titled and self.in_front:
            self.titled = True
            self.front.append(self._draft(BlockKind.TITLE, "", "title", source.text, number))
        elif source.role is Role.CELL:
            # A cell leaves the paragraph and list context as it is, like a footnote.
            cell = self._draft(BlockKind.TABLE, "", source.key, source.text, number)
            (self.front if self.in_front else self.blocks).append(cell)
        else:  # a second title, or one after the front matter: read it as any other line
            self.feed(number, SourceLine(source.text))

    def _unlabelled(self, number: int, line: str) -> None:
        current = self.current
        if self.whole_paragraphs:
            self._add(self._draft(BlockKind.PARAGRAPH, "", None, line, number))
            return
        if self.numbered and current is not None and current.kind in _CONTINUABLE:
            if self.page_break:
                # Text right after the page furniture carries on the block the page cut.
                self._continue(current, number, line, "page-break-merge")
                return
            if not self.blank_before:
                self._continue(current, number, line, "line-join")
                return
            if (current.kind is not BlockKind.FOOTNOTE and not _looks_like_heading(line, self.language)
                    and (number < self.last_numbered_line or not _closed(current.text))):
                # UN report paragraphs are all numbered: unnumbered body text after a blank
                # line is the same paragraph carried over a page break. After the last numbered
                # paragraph, unnumbered text after a closed sentence is text of its own (an
                # annex, an appendix), never glued to the last paragraph.
                self._continue(current, number, line, "page-break-merge")
                return
        self._add(self._draft(BlockKind.PARAGRAPH, "", None, line, number))

    def _labelled(self, number: int, label: Label) -> None:
        if label.type is LabelType.CHAPTER and self._continues_sections(label.value):
            label = Label(LabelType.SECTION, label.printed, label.value, label.rest)
        if label.type is LabelType.CHAPTER:
            self.chapter, self.section = label.value, None
            self._heading(number, label, f"heading {label.value}")
        elif label.type is LabelType.SECTION:
            self.section = label.value
            self._heading(number, label, "heading " + ".".join(filter(None, (self.chapter, label.value))))
        elif label.type is LabelType.PREAMBLE:
            self._heading(number, label, "preamble", text=label.printed)
        elif label.type is LabelType.ARTICLE:
            key = f"article {label.value}"
            self._heading(number, label, key, text=label.printed if not label.rest else label.rest)
            self.root = key
        elif label.type is LabelType.FOOTNOTE:
            # A footnote leaves the paragraph and list context as it is: the agenda goes on after it.
            self._add(self._draft(BlockKind.FOOTNOTE, label.printed, f"footnote {label.value}", label.rest,
                                  number))
        elif label.type is LabelType.NUMBER:
            self._numbered(number, label)
        elif label.type is LabelType.SECTION_NUMBER:
            self._section_numbered(number, label)
        elif label.type is LabelType.ANNEX:
            self._annex(number, label)
        else:
            self._item(number, label)

    # --- structure -------------------------------------------------------------------

    def _scoped(self, key: str) -> str:
        """A key inside an annex says so ("annex I paragraph 3"): numbering restarts there."""
        return f"{self.annex} {key}" if self.annex and not key.startswith(("annex", "footnote")) else key

    def _heading(self, number: int, label: Label, key: str, text: str | None = None) -> None:
        self._add(self._draft(BlockKind.HEADING, label.printed, self._scoped(key),
                              label.rest if text is None else text, number))
        self.root, self.stack, self.list_count = None, [], 0

    def _continues_sections(self, value: str) -> bool:
        """I. after H., V. after U., X. after W. are sections, not chapters."""
        return self.section is not None and len(value) == 1 and ord(value) == ord(self.section) + 1

    def _numbered(self, number: int, label: Label) -> None:
        value = int(label.value)
        in_list = self.root is not None and not self.root.startswith("article") and (
            self.list_count > 0 or self._root_introduces_list())
        if in_list and value == self.list_count + 1 and value != self.last_paragraph + 1:
            self._agenda_item(number, label, value)
        elif self.last_paragraph < value <= self.last_paragraph + MAX_PARAGRAPH_GAP and (
            value == self.last_paragraph + 1 or not _looks_like_heading(label.rest, self.language)
        ):
            self.last_paragraph = value
            self._paragraph(number, label, value)
        elif in_list:
            self._agenda_item(number, label, value)
        elif value == self.last_paragraph and not _looks_like_heading(label.rest, self.language):
            # The same number printed twice: a paragraph all the same; the aligner reports it.
            self._paragraph(number, label, value)
        elif _looks_like_heading(label.rest, self.language):
            path = ".".join(filter(None, (self.chapter, self.section, str(value))))
            self._heading(number, label, f"heading {path}")
        else:
            self._unlabelled(number, self.raw_line)

    def _paragraph(self, number: int, label: Label, value: int | str) -> None:
        self._add(self._draft(BlockKind.PARAGRAPH, label.printed, self._scoped(f"paragraph {value}"), label.rest,
                              number))
        self.root, self.stack, self.list_count = str(value), [], 0

    def _section_numbered(self, number: int, label: Label) -> None:
        """15.54: paragraph 54 of section 15, when section 15 has reached 53 (or a little less)."""
        section, _, own = label.value.rpartition(".")
        value, last = int(own), self.section_numbers.get(section, 0)
        if last < value <= last + MAX_PARAGRAPH_GAP:
            self.section_numbers[section] = value
            self._paragraph(number, label, label.value)
        else:
            self._unlabelled(number, self.raw_line)

    def _annex(self, number: int, label: Label) -> None:
        self.annex = f"annex {label.value}".strip()
        self.chapter, self.section, self.last_paragraph, self.section_numbers = None, None, 0, {}
        self._heading(number, label, self.annex, text=label.printed)

    def _root_introduces_list(self) -> bool:
        return self.current is not None and bool(_LIST_INTRO.search(fold_whitespace(self.current.text)))

    def _agenda_item(self, number: int, label: Label, value: int) -> None:
        self.list_count = value
        self.stack = [(_LEVEL_NUMBER, f"{self.root}.{value}")]
        self._add(self._draft(BlockKind.ITEM, label.printed, self._item_key(self.stack[-1][1]), label.rest,
                              number))

    def _item(self, number: int, label: Label) -> None:
        level = _LEVEL_ROMAN if label.type is LabelType.ROMAN else _LEVEL_LETTER
        if level == _LEVEL_ROMAN and self._continues_letters(label.value):
            level = _LEVEL_LETTER
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        parent = self.stack[-1][1] if self.stack else (self.root or self._nearest_key())
        path = f"{parent}({label.value})"
        self.stack.append((level, path))
        self._add(self._draft(BlockKind.ITEM, label.printed, self._item_key(path), label.rest, number))

    def _continues_letters(self, value: str) -> bool:
        """(i) after (h), (v) after (u), (x) after (w) are letters, not Roman numerals."""
        letters = [path for level, path in self.stack if level == _LEVEL_LETTER]
        if len(value) != 1 or not letters:
            return False
        last_letter = letters[-1].rsplit("(", 1)[1].rstrip(")")
        return len(last_letter) == 1 and ord(value) == ord(last_letter) + 1

    def _nearest_key(self) -> str:
        for draft in reversed(self.blocks):
            if draft.key:
                return draft.key.removeprefix("heading ")
        return "front"

    def _item_key(self, path: str) -> str:
        return self._scoped(path if path.startswith("article") else f"item {path}")

    # --- drafts ----------------------------------------------------------------------

    def _draft(self, kind: BlockKind, label: str, key: str | None, text: str, number: int) -> _Draft:
        draft = _Draft(kind, label, key, "", [number])
        draft.text = self._clean(draft, text, number)
        return draft

    def _clean(self, draft: _Draft, text: str, number: int) -> str:
        text, links = strip_link_residue(text)
        if links:
            draft.repairs.append(Repair("link-residue", number, f"{links} markdown link(s) unwrapped"))
        text, ocr = fix_ocr(text, self.language)
        if ocr:
            draft.repairs.append(Repair("ocr", number, "(-) read as (一)"))
        text, refs = strip_footnote_refs(text.rstrip(), self.language, glued_digits=not self.whole_paragraphs)
        if refs:
            draft.refs.extend(refs)
            draft.repairs.append(Repair("footnote-marker", number, "footnote reference(s) " + ", ".join(refs)))
        return text

    def _continue(self, draft: _Draft, number: int, line: str, repair: str) -> None:
        draft.text = join_lines(draft.text, self._clean(draft, line, number))
        draft.lines.append(number)
        draft.repairs.append(Repair(repair, number, f"line {number} joined to the block of line {draft.lines[0]}"))

    def _add(self, draft: _Draft) -> None:
        self.in_front = False
        self.blocks.append(draft)
        self.current = draft

    def finish(self) -> tuple[Block, ...]:
        content = [d for d in self.front if d.kind not in (BlockKind.HEADER, BlockKind.TABLE)]
        if content and not self.titled:
            content[-1].kind, content[-1].key = BlockKind.TITLE, "title"
        return tuple(d.freeze() for d in (*self.front, *self.blocks))
