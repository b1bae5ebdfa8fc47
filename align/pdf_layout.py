"""Page geometry to paragraphs: the pure half of the PDF reader (align.pdfreader does the I/O).

A UN PDF is laid out, not written: its text layer holds glyphs with positions and sizes.
What is text and what is not is read from that geometry, not from text patterns alone:

- a row is the glyphs sharing a baseline; a gap wider than two ems splits it into cells
  (the masthead "United Nations … A/80/590", the columns of a table);
- running heads and footers are rows in the top or bottom band of the page that repeat
  on other pages once digits are ignored ("26-00248 3/27"), or carry no words, or are set
  in a barcode font ("*2600248*");
- the first-page masthead is the top of page 1 down to its "Distr.", date and "Original"
  rows;
- footnotes are the rows under the footnote separator (a rule of underscores) or, without
  one, the smaller rows at the foot of the page that start with a number;
- a footnote reference is a digit set smaller and raised above the baseline;
- rows follow each other in one paragraph while the line pitch stays that of the text;
  a paragraph crosses a page break when its last row runs to the right margin (justified
  text) and the next page does not start a new label.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from unbitext.align.labels import read_label
from unbitext.align.repair import join_lines
from unbitext.align.script import han_count, is_cjk_char, latin_count

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# pdfium marks a hyphen it found at a line end as U+FFFE (or U+0002).
LINE_END_HYPHENS = "\ufffe\x02"

MASTHEAD_BAND = 0.3  # share of page 1's height, from the top, that the masthead may take
TOP_BAND = 0.09  # share of the page height where running heads stand
BOTTOM_BAND = 0.08  # … and footers
SPACE_EMS = 0.15  # a horizontal gap this wide (in font sizes) between two glyphs is a space
CELL_GAP_EMS = 2.0  # a horizontal gap this wide (in font sizes) separates two cells of a row
PARAGRAPH_PITCH = 1.35  # a row further below the previous one than this many line pitches starts a paragraph
FOOTNOTE_SIZE = 0.92  # footnotes are set at most this share of the body size
SUPERSCRIPT_SIZE = 0.85  # a footnote reference is set at most this share of its row's size …
SUPERSCRIPT_RISE = 0.15  # … and raised at least this share of it above the baseline
_BARCODE_FONT = re.compile(r"barcode|3\s*of\s*9|code\s*39|code128", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[_\u2014\u2015\-–]{8,}$")
_TOC_LEADER = re.compile(r"(?:\.\s?){5,}\s*\d{0,3}$")
_MASTHEAD_END = re.compile(r"^(?:Distr\.?\s*[:：]|Original\s*[:：]|原文\s*[:：])|"
                           r"^\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December) \d{4}$|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_CLOSING = tuple("。．.；;：:！!？?")
_CLOSING_ZH = tuple("。；;：:！!？?")
# A suspended hyphen: "troop- and police-contributing".
_SUSPENDED = {"and", "or", "nor", "to"}
# A footnote starts with its number, set as a superscript or not.
_NOTE_MARK = re.compile(r"^([\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(\S.*)$")
_WORD = re.compile(r"[^\W\d_][\w\-\u2010\u2011]*", re.UNICODE)


@dataclass(frozen=True)
class Glyph:
    char: str
    x0: float
    x1: float
    baseline: float  # from the page bottom, as PDF measures
    size: float
    font: str
    generated: bool = False  # a space or line break the PDF library inferred


@dataclass
class Row:
    page: int  # 0-based
    baseline: float
    cells: list[str]
    x0: float
    x1: float
    size: float  # the row's dominant font size
    font: str
    page_height: float
    open_end: bool = False  # the PDF holds a space after its last glyph: its last word is whole
    full: bool = False  # runs to the right edge of the text around it (set by layout)
    tabular: bool = False  # a table row: several cells, or inside a run of such rows (set by layout)

    @property
    def text(self) -> str:
        return " ".join(self.cells)


@dataclass(frozen=True)
class Paragraph:
    text: str
    page: int
    size: float  # font size of its first row
    cell: bool = False  # a cell of a table row


@dataclass
class Layout:
    """What the geometry told: masthead, paragraphs in reading order, what was set aside."""

    masthead: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: int | None = None  # index into paragraphs
    set_aside: Counter[str] = field(default_factory=Counter)


# --- glyphs to rows ------------------------------------------------------------------


def rows_of_page(page: int, lines: Sequence[Sequence[Glyph]], page_height: float) -> list[Row]:
    """The PDF library's lines (glyph runs) as rows, top to bottom, split into cells."""
    runs = [run for line in lines for run in _split_rows(line)]
    pieces = [piece for run in runs for piece in _split_cells(_with_superscripts(run))]
    measured = [(_baseline(piece), _size(piece), piece) for piece in pieces if _text(piece)]
    measured.sort(key=lambda item: -item[0])
    groups: list[list[list[Glyph]]] = []
    head: tuple[float, float] = (0.0, 0.0)  # baseline and size of the first piece of the last group
    for baseline, size, piece in measured:
        if groups and head[0] - baseline <= 0.3 * max(size, head[1]):
            groups[-1].append(piece)
        else:
            groups.append([piece])
            head = (baseline, size)
    rows = []
    for group in groups:
        group.sort(key=lambda piece: piece[0].x0)
        main = max(group, key=len)
        inked_ends = [max(g.x1 for g in piece if not g.char.isspace()) for piece in group]
        rows.append(Row(page, _baseline(main), [_text(piece) for piece in group], group[0][0].x0,
                        max(inked_ends), _size(main), _font(main), page_height,
                        open_end=group[-1][-1].char.isspace() and not group[-1][-1].generated))
    return rows


# A label the PDF set against its text with a tab and no space: "III.<tab>Implementation".
_GLUED_LABEL = re.compile(r"^((?:[IVXL]{1,5}|[A-Z]|\d{1,4}|[一二三四五六七八九十]{1,3})[.．])(?=[^\s\d.．,，)）])")


def _split_rows(line: Sequence[Glyph]) -> Iterator[list[Glyph]]:
    """The library's line, cut where it runs on to the next row: the pen goes back left and
    down (pdfium joins a word hyphenated across rows into one line)."""
    run: list[Glyph] = []
    last: Glyph | None = None  # the last glyph with ink
    for glyph in line:
        if last and glyph.x0 < last.x0 - glyph.size and last.baseline - glyph.baseline > 0.5 * glyph.size:
            yield run
            run, last = [], None
        run.append(glyph)
        if not glyph.char.isspace():
            last = glyph
    if run:
        yield run


def _baseline(glyphs: Sequence[Glyph]) -> float:
    sizes = Counter(round(g.baseline, 1) for g in glyphs if not g.generated and not g.char.isspace())
    return sizes.most_common(1)[0][0] if sizes else glyphs[0].baseline


def _size(glyphs: Sequence[Glyph]) -> float:
    sizes = Counter(round(g.size * 2) / 2 for g in glyphs if not g.generated and not g.char.isspace())
    return sizes.most_common(1)[0][0] if sizes else glyphs[0].size


def _font(glyphs: Sequence[Glyph]) -> str:
    fonts = Counter(g.font for g in glyphs if not g.generated and not g.char.isspace())
    return fonts.most_common(1)[0][0] if fonts else ""


def _with_superscripts(line: Sequence[Glyph]) -> list[Glyph]:
    """Small raised digits become superscript digits: footnote references."""
    if not line:
        return []
    baseline, size = _baseline(line), _size(line)
    result = []
    for glyph in line:
        if (glyph.char.isdigit() and glyph.size <= SUPERSCRIPT_SIZE * size
                and glyph.baseline - baseline >= SUPERSCRIPT_RISE * size):
            glyph = Glyph(glyph.char.translate(SUPERSCRIPT), glyph.x0, glyph.x1, baseline, glyph.size, glyph.font)
        result.append(glyph)
    return result


def _split_cells(line: Sequence[Glyph]) -> Iterator[list[Glyph]]:
    """A run of glyphs, cut where the horizontal gap is far wider than its word spaces.

    The gap must exceed CELL_GAP_EMS and three times the narrowest word space of the run:
    a justified row whose every space was stretched wide stays whole.
    """
    inked = [g for g in line if not g.char.isspace()]
    gaps = [b.x0 - a.x1 for a, b in pairwise(inked) if b.x0 - a.x1 > SPACE_EMS * max(a.size, b.size)]
    threshold = max(CELL_GAP_EMS * max((g.size for g in inked), default=0.0), 3 * min(gaps, default=0.0))
    piece: list[Glyph] = []
    last: Glyph | None = None
    for glyph in line:
        if glyph.char.isspace():
            piece.append(glyph)
            continue
        if last is not None and glyph.x0 - last.x1 > threshold:
            yield _trim(piece)
            piece = []
        piece.append(glyph)
        last = glyph
    if piece:
        yield _trim(piece)


def _trim(piece: list[Glyph]) -> list[Glyph]:
    """Spaces off both ends, but a space the PDF holds at the end (see Row.open_end)."""
    while piece and piece[-1].char.isspace() and (piece[-1].generated or (len(piece) > 1 and piece[-2].char.isspace())):
        piece.pop()
    while piece and piece[0].char.isspace():
        piece.pop(0)
    return piece or [Glyph(" ", 0, 0, 0, 0, "", generated=True)]


def _text(glyphs: Sequence[Glyph]) -> str:
    """The glyphs as text, with a space wherever two glyphs stand apart by SPACE_EMS.

    The PDF library's inferred spaces are not trusted either way: a tab leaves a gap and no
    space glyph ("III.<tab>Implementation"), and justified Chinese text spreads characters
    without meaning a space, so none is put between two Chinese characters.
    """
    chars: list[str] = []
    previous: Glyph | None = None
    for glyph in glyphs:
        if glyph.char.isspace():
            if not glyph.generated and previous is not None and chars[-1] != " ":
                chars.append(" ")  # a space the PDF itself holds
            continue
        if previous is not None and chars[-1] != " " and not (is_cjk_char(previous.char) and is_cjk_char(glyph.char)):
            if glyph.x0 - previous.x1 >= SPACE_EMS * max(previous.size, glyph.size):
                chars.append(" ")
        if chars and chars[-1] == " " and previous is not None and is_cjk_char(previous.char) and is_cjk_char(
                glyph.char):
            chars.pop()
        # pdfium marks a hyphen it found at a row's end as U+FFFE or U+0002: a hyphen all the same,
        # kept or dropped when the rows are joined (_ParagraphBuilder._join).
        chars.append("-" if glyph.char in LINE_END_HYPHENS else glyph.char)
        previous = glyph
    return "".join(chars).strip()


# --- rows to text ---------------------------------------------------------------------


def layout(pages: Sequence[list[Row]]) -> Layout:
    result = Layout()
    rows = [row for page in pages for row in page]
    if not rows:
        return result
    body_size = _body_size(rows)
    furniture = _furniture(pages, body_size)
    right_margin = _right_margin(rows, body_size)
    masthead_rows = _masthead(pages[0], furniture) if pages else set()
    vocabulary = Counter(word.lower() for row in rows for word in _WORD.findall(row.text))

    for page_rows in pages:
        _mark_contents(page_rows, furniture)
        _mark_full_and_tabular([row for row in page_rows if id(row) not in furniture])
    chinese = han_count(" ".join(row.text for row in rows)) * 2 >= latin_count(" ".join(row.text for row in rows))
    builder = _ParagraphBuilder(vocabulary, right_margin, result, chinese)
    for page_rows in pages:
        notes_from = _footnote_start(page_rows, body_size, furniture)
        for index, row in enumerate(page_rows):
            if id(row) in furniture:
                result.set_aside[furniture[id(row)]] += 1
            elif id(row) in masthead_rows:
                result.masthead.extend(row.cells)
            elif index >= notes_from:
                builder.footnote_row(row)
            else:
                builder.body_row(row)
        builder.page_end()
    builder.close()
    result.title = _title(result.paragraphs, body_size)
    return result


def _body_size(rows: list[Row]) -> float:
    weights: Counter[float] = Counter()
    for row in rows:
        weights[row.size] += len(row.text)
    return weights.most_common(1)[0][0]


def _right_margin(rows: list[Row], body_size: float) -> float:
    edges = sorted(row.x1 for row in rows if row.size == body_size and len(row.cells) == 1)
    return edges[int(len(edges) * 0.95)] if edges else max(row.x1 for row in rows)


def _normalized(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip())


def _furniture(pages: Sequence[list[Row]], body_size: float) -> dict[int, str]:
    """id(row) -> what it is, for rows in the top or bottom band that are page furniture."""
    in_band: list[tuple[Row, str]] = []
    for rows in pages:
        for row in rows:
            height = row.page_height
            if row.baseline >= height * (1 - TOP_BAND):
                in_band.append((row, "running head line"))
            elif row.baseline <= height * BOTTOM_BAND:
                in_band.append((row, "footer line"))
    recurring = Counter(_normalized(row.text) for row, _ in in_band)
    found: dict[int, str] = {}
    for row, kind in in_band:
        letters = sum(c.isalpha() for c in row.text)
        if _BARCODE_FONT.search(row.font):
            found[id(row)] = "barcode"
        elif row.page == 0 and kind == "running head line":
            continue  # the masthead: read as metadata, not set aside
        elif recurring[_normalized(row.text)] >= 2 or letters <= 3:
            found[id(row)] = kind
    return found


def _mark_full_and_tabular(rows: list[Row]) -> None:
    """A row is full when it reaches the right edge of the rows around it (the page's text
    column, or a box inside it); it is tabular when it has several cells, or stands between
    two tabular rows close above and below it."""
    for index, row in enumerate(rows):
        near = [r for r in rows[max(0, index - 3): index + 4] if r.size == row.size and len(r.cells) == 1]
        row.full = row.x1 >= max((r.x1 for r in near), default=row.x1) - row.size
        row.tabular = len(row.cells) > 1
    for index in range(1, len(rows) - 1):
        above, row, below = rows[index - 1], rows[index], rows[index + 1]
        close = above.baseline - below.baseline <= 5 * row.size
        if close and above.tabular and below.tabular:
            row.tabular = True


def _mark_contents(rows: list[Row], furniture: dict[int, str]) -> None:
    """Table-of-contents entries: rows ending in dot leaders and a page number, with the rows
    of the same entry just above them (a title that wrapped)."""
    for index, row in enumerate(rows):
        if not _TOC_LEADER.search(row.text):
            continue
        furniture[id(row)] = "table of contents entry"
        above = index - 1
        while above >= 0 and id(rows[above]) not in furniture and not _TOC_LEADER.search(rows[above].text) and (
                rows[above].baseline - rows[above + 1].baseline <= 1.3 * rows[above].size):
            furniture[id(rows[above])] = "table of contents entry"
            above -= 1


def _masthead(rows: list[Row], furniture: dict[int, str]) -> set[int]:
    """The rows of page 1 from the top down to the last Distr./date/Original row in the top
    MASTHEAD_BAND of the page (a date lower down is text, or a table cell)."""
    last = -1
    for index, row in enumerate(rows):
        if row.baseline < row.page_height * (1 - MASTHEAD_BAND):
            break
        if any(_MASTHEAD_END.match(cell.strip()) for cell in row.cells):
            last = index
    return {id(row) for row in rows[: last + 1] if id(row) not in furniture}


def _footnote_start(rows: list[Row], body_size: float, furniture: dict[int, str]) -> int:
    """Index of the first footnote row of a page (len(rows) when it has none)."""
    for index, row in enumerate(rows):
        if id(row) not in furniture and _SEPARATOR.match(row.text.replace(" ", "")):
            furniture[id(row)] = "footnote separator"
            return index + 1
    content = [i for i, row in enumerate(rows) if id(row) not in furniture]
    start = len(rows)
    for index in reversed(content):
        row = rows[index]
        if row.size > FOOTNOTE_SIZE * body_size:
            break
        if _opens_footnote(row):
            start = index
    return start


def _opens_footnote(row: Row) -> bool:
    """A number, then words: in one cell ("1 Resolution …") or a tab away ("1", "Resolution …").

    A table row ("1 July 2024", "190", "–") is not a footnote.
    """
    if len(row.cells) == 2 and re.fullmatch(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}", row.cells[0]):
        return any(c.isalpha() for c in row.cells[1])
    mark = _NOTE_MARK.match(row.text)
    return len(row.cells) == 1 and mark is not None and any(c.isalpha() for c in mark.group(2))


def _title(paragraphs: list[Paragraph], body_size: float) -> int | None:
    """The first paragraph of page 1 set in the largest type there, if larger than the text."""
    first_page = [(i, p) for i, p in enumerate(paragraphs) if p.page == 0 and not p.cell]
    if not first_page:
        return None
    largest = max(p.size for _, p in first_page)
    return next((i for i, p in first_page if p.size == largest), None) if largest > body_size else None


class _ParagraphBuilder:
    """Rows in reading order to paragraphs; footnotes held until the paragraph they cut ends."""

    def __init__(self, vocabulary: Counter[str], right_margin: float, result: Layout, chinese: bool) -> None:
        self.chinese = chinese
        self.vocabulary = vocabulary
        self.right_margin = right_margin
        self.result = result
        self.text = ""
        self.last: Row | None = None
        self.pitches: list[float] = []
        self.notes: list[str] = []
        self.note = ""
        self.first: Row | None = None  # the first row of the paragraph being built

    # rows of running text

    def body_row(self, row: Row) -> None:
        if row.tabular:
            self._flush()
            for cell in row.cells:
                if any(c.isalpha() for c in cell):
                    self.result.paragraphs.append(Paragraph(cell, row.page, row.size, cell=True))
                else:
                    self.result.set_aside["table cell without words"] += 1
            self.last = None
            return
        if self.text and self._continues(row):
            if self.chinese and self.last is not None and not self.last.open_end:
                # Chinese text breaks rows anywhere, inside a Latin name too ("Hassan A|bdelshafy"):
                # only a space the PDF holds at the row's end separates two words.
                self.text = self.text + row.text if not self.text.endswith("-") else self._join(self.text, row.text)
            else:
                self.text = self._join(self.text, row.text)
        else:
            self._flush()
            self.text, self.first = _GLUED_LABEL.sub(r"\1 ", row.text, count=1), row
        if self.last is not None and self.last.page == row.page:
            self.pitches.append(self.last.baseline - row.baseline)
        self.last = row

    def _continues(self, row: Row) -> bool:
        last = self.last
        if last is None:
            return False
        if abs(row.size - last.size) > 0.6:
            return False
        if last.page != row.page:
            # Across a page: only a row that ran to the margin is carried on, never into a label.
            return last.full and last.x1 >= self.right_margin - last.size and read_label(row.text) is None
        pitch = statistics.median(self.pitches[-50:]) if self.pitches else last.size * 1.25
        if not 0 < last.baseline - row.baseline <= PARAGRAPH_PITCH * max(pitch, last.size * 1.1):
            return False
        # Justified text runs every row but the last to the margin; a short row goes on only
        # in the same type and without closing punctuation (a heading wrapped over two rows).
        # A row opening with a label (一., 12., (a), 第一条) after a closed sentence is new.
        # In Chinese text "." closes no sentence (it ends symbols: CAC/COSP/WG.4/2022/CRP.1).
        closed = last.cells[-1].rstrip().endswith(_CLOSING_ZH if self.chinese else _CLOSING)
        labelled = read_label(row.text) is not None
        if last.full:
            return not (labelled and closed)
        return row.font == last.font and not closed and not labelled

    def _join(self, before: str, after: str) -> str:
        if before and before[-1] in "-\u2010" and after and after[0].isalpha():
            stem = _WORD.findall(before[:-1])
            head = _WORD.findall(after)
            left = stem[-1] if stem else ""
            right = head[0] if head else ""
            if right.lower() in _SUSPENDED:
                return before[:-1] + "- " + after
            joined = (left + right).lower()
            # The hyphen the word has elsewhere in the document: - or U+2010 (co‐operation).
            hyphen = next((h for h in "-\u2010\u2011" if self.vocabulary[f"{left}{h}{right}".lower()]), None)
            if self.vocabulary[joined] and hyphen is None:
                return before[:-1] + after  # "imple-mentation": a hyphen the line break made
            return before[:-1] + (hyphen or "-") + after  # "anti-corruption": a hyphen of the word
        if not self.chinese:
            return f"{before.rstrip()} {after.lstrip()}"
        return join_lines(before, after)

    def _flush(self) -> None:
        if self.text and self.first is not None:
            self.result.paragraphs.append(Paragraph(self.text, self.first.page, self.first.size))
            self.text = ""
        self._flush_notes()

    def _flush_notes(self) -> None:
        for note in self.notes:
            self.result.paragraphs.append(Paragraph(note, -1, 0.0))
        self.notes = []

    # footnotes

    def footnote_row(self, row: Row) -> None:
        text = row.text
        if mark := _NOTE_MARK.match(text):
            self._note_done()
            self.note = f"{mark.group(1).translate(SUPERSCRIPT)} {mark.group(2)}"
        else:
            self.note = self._join(self.note, text) if self.note else text

    def _note_done(self) -> None:
        if self.note:
            self.notes.append(self.note)
            self.note = ""

    def page_end(self) -> None:
        self._note_done()
        if self.last is not None and self.last.x1 < self.right_margin - self.last.size:
            self._flush()  # the page's last paragraph ended on it

    def close(self) -> None:
        self._note_done()
        self._flush()
        self._flush_notes()
