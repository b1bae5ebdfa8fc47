"""Word (.docx) to lines, as a UN Word file is built (see tests/data/a-80-590/SOURCE.md).

python-docx opens the package and gives the parts (body, headers and footers of each
section, numbering, comments); the text of a paragraph is read here with lxml, because a
translator needs what Word shows and python-docx's `Paragraph.text` is not that: it skips
tracked insertions (w:ins), keeps no field state and knows no footnote numbers.

- One line per paragraph. Word automatic numbering (w:numPr) is rendered into the line as
  Word prints it ("12." + tab): align.docx_numbering.
- The masthead is the first-page header of the first section (symbol, Distr., date,
  Original): read as masthead lines. Every other header and footer (running head, job
  number, PAGE fields, barcode) is set aside and counted.
- Footnotes (footnotes.xml) are numbered in reference order; the reference becomes a
  superscript number glued to the text, and the footnote follows its paragraph as a line
  "¹ text", exactly as in a plain-text extraction.
- Tracked changes: insertions kept, deletions dropped. Comments ignored. Fields reduced to
  their result. Soft hyphens dropped, no-break spaces made spaces.
- Tables: a table of contents (dot-leader tabs) is set aside; a one-column table is a box
  (the UN "Summary") and its paragraphs are read as running text; any other table gives one
  cell line per cell with words in it, row by row, keyed "table T row R cell C"; cells of
  figures only are set aside and counted.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from unbitext.align.docx_numbering import NumberingState, W, parse_numbering
from unbitext.align.source import Extraction, Role, SourceLine
from unbitext.errors import InputError

_W = f"{{{W}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Characters Word files carry that are layout, not text.
_NORMALIZE = str.maketrans({"\u00ad": None, "\u200b": None, "\ufeff": None, "\u00a0": " ", "\u202f": " ",
                            "\u2007": " ", "\u2011": "-"})
# Elements whose text is never shown as the paragraph's text.
_SKIPPED = {f"{_W}{name}" for name in ("pPr", "rPr", "del", "moveFrom", "delText", "instrText", "drawing",
                                         "pict", "object", "commentReference", "footnoteRef", "endnoteRef",
                                         "annotationRef", "sym")} | {f"{_MC}AlternateContent"}
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def extract(data: bytes, path: Path) -> Extraction:
    document = _open(data, path)
    reader = _DocxReader(NumberingState(parse_numbering(_numbering_root(document))), _styles(document),
                         _notes(document, _FOOTNOTES, "footnote"))
    masthead = _masthead_part(document)
    lines = [SourceLine(text, Role.MASTHEAD) for text in reader.texts_of(masthead.element)] if masthead else []
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in (_HEADER, _FOOTER) or rel.target_part is masthead:
            continue
        kind = "running head" if rel.reltype == _HEADER else "footer"
        reader.set_aside[f"{kind} line"] += sum(1 for _ in reader.texts_of(rel.target_part.element))
    lines.extend(reader.body(document.element.body))
    if comments := _comment_count(document):
        reader.set_aside["comment"] += comments
    if endnotes := len(_notes(document, _ENDNOTES, "endnote")):
        reader.set_aside["endnote (not read)"] += endnotes
    return Extraction("docx", tuple(lines), whole_paragraphs=True, set_aside=tuple(sorted(reader.set_aside.items())),
                      table_shapes=tuple(reader.table_shapes))


def _open(data: bytes, path: Path):  # -> docx.document.Document
    import docx  # imported here: only .docx input pays for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise InputError(f"not a readable Word .docx file ({type(error).__name__}: {error})", path) from None


def _numbering_root(document) -> etree._Element | None:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _styles(document) -> dict[str, _Style]:
    """styleId -> its name and the numbering it carries, following w:basedOn."""
    root = document.styles.element
    raw: dict[str, tuple[str, str | None, tuple[str, int] | None]] = {}
    for style in root.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        name = style.find(f"{_W}name")
        based = style.find(f"{_W}basedOn")
        raw[style_id] = (name.get(f"{_W}val", "") if name is not None else style_id,
                         based.get(f"{_W}val") if based is not None else None, _num_pr(style.find(f"{_W}pPr")))
    styles: dict[str, _Style] = {}
    for style_id, (name, _, _) in raw.items():
        seen, current, numbering = set(), style_id, None
        while current in raw and current not in seen and numbering is None:
            seen.add(current)
            numbering, current = raw[current][2], raw[current][1] or ""
        styles[style_id] = _Style(name, numbering)
    return styles


@dataclass(frozen=True)
class _Style:
    name: str
    numbering: tuple[str, int] | None  # (numId, ilvl)


def _num_pr(ppr: etree._Element | None) -> tuple[str, int] | None:
    num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    if num_id is None:
        return None
    try:
        level = int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
    except ValueError:
        level = 0
    return num_id.get(f"{_W}val", "0"), level


def _part_root(part) -> etree._Element:
    element = getattr(part, "element", None)
    return element if element is not None else etree.fromstring(part.blob, _SAFE_PARSER)


def _notes(document, reltype: str, name: str) -> dict[str, etree._Element]:
    """Footnote (or endnote) id -> its element, separators left out."""
    for rel in document.part.rels.values():
        if not rel.is_external and rel.reltype == reltype:
            root = _part_root(rel.target_part)
            return {note.get(f"{_W}id", ""): note for note in root.iter(f"{_W}{name}")
                    if note.get(f"{_W}type") in (None, "normal")}
    return {}


def _masthead_part(document):
    """The header printed on the first page: the first-page header where the section has one."""
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    return None if header.is_linked_to_previous else header.part


def _comment_count(document) -> int:
    try:
        return sum(1 for _ in document.comments)
    except (AttributeError, KeyError, NotImplementedError):
        return 0


def _letters(text: str) -> bool:
    return any(char.isalpha() for char in text)


@dataclass
class _DocxReader:
    numbering: NumberingState
    styles: dict[str, _Style]
    footnotes: dict[str, etree._Element]
    set_aside: Counter[str] = field(default_factory=Counter)
    table_shapes: list[tuple[int, int]] = field(default_factory=list)
    footnote_count: int = 0

    # --- blocks ----------------------------------------------------------------------

    def body(self, container: etree._Element) -> Iterator[SourceLine]:
        """Lines of the body in reading order: paragraphs, then their footnotes; tables."""
        title_seen = False
        for element in _block_elements(container):
            if element.tag == f"{_W}sdt":  # a table of contents in a content control
                self.set_aside["table of contents entry"] += len(element.findall(f".//{_W}p"))
                continue
            if element.tag == f"{_W}tbl":
                yield from self._table(element)
                continue
            if self._in_toc(element):
                self.set_aside["table of contents entry"] += 1
                continue
            text, notes = self._paragraph(element)
            role = Role.BODY
            style = self._style(element)
            if not title_seen and text.strip() and style.name.lower().startswith("title"):
                role, title_seen = Role.TITLE, True
            yield SourceLine(text, role)
            yield from self._footnote_lines(notes)

    def texts_of(self, container: etree._Element) -> Iterator[str]:
        """The non-empty paragraph texts of a header or footer, table cells included."""
        for paragraph in container.iter(f"{_W}p"):
            text, _ = self._paragraph(paragraph, number=False)
            if text.strip():
                yield text.strip()

    def _table(self, table: etree._Element) -> Iterator[SourceLine]:
        rows = table.findall(f"{_W}tr")
        cells = [row.findall(f"{_W}tc") for row in rows]
        columns = max((len(row) for row in cells), default=0)
        if _is_toc(table):
            self.set_aside["table of contents entry"] += len(rows)
            return
        if columns <= 1:
            # A box (the UN "Summary"): running text that Word lays out in a frame.
            for row in cells:
                for cell in row:
                    yield from self.body(cell)
            return
        self.table_shapes.append((len(rows), columns))
        number = len(self.table_shapes)
        for r, row in enumerate(cells, start=1):
            for c, cell in enumerate(row, start=1):
                texts, notes = [], []
                for paragraph in _block_elements(cell):
                    if paragraph.tag == f"{_W}sdt":
                        continue
                    if paragraph.tag == f"{_W}p":
                        text, found = self._paragraph(paragraph)
                        texts.append(text.strip())
                        notes.extend(found)
                    else:  # a table inside a cell: rare in UN documents; its text joins the cell
                        texts.extend(t for t in self.texts_of(paragraph))
                text = " ".join(t for t in texts if t)
                if _letters(text):
                    yield SourceLine(text, Role.CELL, f"table {number} row {r} cell {c}")
                elif text:
                    self.set_aside["table cell without words"] += 1
                yield from self._footnote_lines(notes)

    def _footnote_lines(self, notes: list[tuple[int, str]]) -> Iterator[SourceLine]:
        for number, note_id in notes:
            note = self.footnotes.get(note_id)
            if note is None:
                continue
            texts = [self._paragraph(p, number=False)[0].strip() for p in note.iter(f"{_W}p")]
            yield SourceLine(f"{str(number).translate(_SUPERSCRIPT)} {' '.join(t for t in texts if t)}")

    # --- paragraphs --------------------------------------------------------------------

    def _style(self, paragraph: etree._Element) -> _Style:
        ppr = paragraph.find(f"{_W}pPr")
        style = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style_id = style.get(f"{_W}val", "") if style is not None else ""
        return self.styles.get(style_id, _Style(style_id, None))

    def _in_toc(self, paragraph: etree._Element) -> bool:
        return self._style(paragraph).name.lower().startswith("toc")

    def _paragraph(self, paragraph: etree._Element, number: bool = True) -> tuple[str, list[tuple[int, str]]]:
        """The text Word shows, its numbering label in front; and its footnotes (number, id)."""
        parts: list[str] = []
        notes: list[tuple[int, str]] = []
        fields: list[str] = []  # one entry per open field: "code" until w:separate, then "result"
        stack = list(reversed(paragraph))
        while stack:
            element = stack.pop()
            tag = element.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                if tag == f"{_W}del" or tag == f"{_W}moveFrom":
                    self.set_aside["deleted tracked change"] += 1
                continue
            if tag == f"{_W}fldChar":
                kind = element.get(f"{_W}fldCharType")
                if kind == "begin":
                    fields.append("code")
                elif kind == "separate" and fields:
                    fields[-1] = "result"
                elif kind == "end" and fields:
                    fields.pop()
                continue
            showing = "code" not in fields
            if tag == f"{_W}t" and showing:
                parts.append(element.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab") and showing:
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr") and showing:
                parts.append(" ")
            elif tag == f"{_W}noBreakHyphen" and showing:
                parts.append("-")
            elif tag == f"{_W}footnoteReference":
                if element.get(f"{_W}customMarkFollows") not in ("1", "true", "on"):
                    self.footnote_count += 1
                    notes.append((self.footnote_count, element.get(f"{_W}id", "")))
                    parts.append(str(self.footnote_count).translate(_SUPERSCRIPT))
            else:
                stack.extend(reversed(element))
        text = "".join(parts).translate(_NORMALIZE)
        if number:
            text = self._label(paragraph) + text
        return text, notes

    def _label(self, paragraph: etree._Element) -> str:
        numbering = _num_pr(paragraph.find(f"{_W}pPr")) or self._style(paragraph).numbering
        if numbering is None:
            return ""
        label, suffix = self.numbering.label(*numbering)
        if not label:
            return ""
        return label + {"tab": "\t", "space": " "}.get(suffix, "")


def _block_elements(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables in order, looking through content controls and custom XML.

    A content control holding a table of contents is yielded whole, for the caller to set aside.
    """
    stack = list(reversed(container))
    while stack:
        element = stack.pop()
        if element.tag in (f"{_W}p", f"{_W}tbl") or (element.tag == f"{_W}sdt" and _is_toc(element)):
            yield element
        elif element.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"):
            stack.extend(reversed(element))


def _is_toc(element: etree._Element) -> bool:
    """A table of contents: a content control so named, or entries with dot-leader tabs to a page number."""
    gallery = element.find(f".//{_W}docPartGallery")
    if gallery is not None and "contents" in gallery.get(f"{_W}val", "").lower():
        return True
    leaders = element.findall(f".//{_W}tab[@{_W}leader='dot']")
    return len(leaders) >= 3
