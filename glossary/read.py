"""Read glossaries back: our exports, or glossaries from CAT tools (TSV, CSV, TBX).

Which column is Chinese is told from the text, not from the order, so a glossary made
for either direction reads the same. A term's status (TBX administrativeStatus, or a
fourth TSV column / a CSV "status" column) marks forbidden terms: deprecated, avoid.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from unbitext.align.decode import decode, read_bytes
from unbitext.align.script import han_count
from unbitext.errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FORBIDDEN = frozenset({"deprecated", "avoid", "forbidden", "superseded"})


@dataclass(frozen=True)
class GlossaryTerm:
    zh: str
    en: str
    status: str = "preferred"  # preferred, admitted, deprecated, avoid

    @property
    def forbidden(self) -> bool:
        return self.status in FORBIDDEN


STATUSES = frozenset({"deprecated", "superseded", "avoid", "forbidden", "admitted", "preferred", "proposed"})


def _status(text: str) -> str:
    """The status a column names, exactly (any case, or TBX's deprecatedTerm-admn-sts); free
    text ("avoid confusion with …") is a comment, not a status, and leaves the term preferred."""
    lowered = text.strip().lower().removesuffix("term-admn-sts")
    if lowered not in STATUSES:
        return "preferred"
    return "avoid" if lowered in ("superseded", "forbidden") else lowered


def _pair(first: str, second: str, status: str, path: Path) -> GlossaryTerm | None:
    first, second = first.strip(), second.strip()
    if not first or not second:
        return None
    if han_count(first) and not han_count(second):
        return GlossaryTerm(first, second, status)
    if han_count(second) and not han_count(first):
        return GlossaryTerm(second, first, status)
    raise InputError(f"entry '{first}' / '{second}' is not one Chinese and one English term", path)


def read_tsv(path: Path, text: str) -> list[GlossaryTerm]:
    terms = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 2:
            raise InputError(f"line '{line[:40]}' has no tab between source and target", path)
        term = _pair(columns[0], columns[1], _status(columns[3]) if len(columns) > 3 else "preferred", path)
        if term:
            terms.append(term)
    return terms


def read_csv(path: Path, text: str) -> list[GlossaryTerm]:
    reader = csv.reader(io.StringIO(text))
    try:
        rows = list(reader)
    except csv.Error as error:  # a field over the csv module's limit (128 KiB), a stray NUL …
        raise InputError(f"not a readable CSV glossary at line {reader.line_num}: {error}", path) from None
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    # Term columns named source/target, or by language: zh/en, zh-CN/en-US (our export, memoQ's).
    zh_column, en_column = (next((k for k, h in enumerate(header) if h.split("-")[0] == language), None)
                            for language in ("zh", "en"))
    named = True
    if "source" in header and "target" in header:
        first, second = header.index("source"), header.index("target")
    elif zh_column is not None and en_column is not None:
        first, second = zh_column, en_column
    else:
        named, first, second = False, 0, 1
    status_column = header.index("status") if named and "status" in header else None
    terms = []
    for row in rows[1:] if named else rows:
        if len(row) <= max(first, second):
            continue
        status = _status(row[status_column]) if status_column is not None and status_column < len(row) else "preferred"
        if term := _pair(row[first], row[second], status, path):
            terms.append(term)
    return terms


def read_tbx(path: Path, data: bytes) -> list[GlossaryTerm]:
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise InputError(f"not well-formed TBX: {error}", path) from None
    terms = []
    for entry in root.iter("{*}termEntry", "{*}conceptEntry"):
        by_language: dict[str, list[tuple[str, str]]] = {"zh": [], "en": []}
        for language_set in entry.iter("{*}langSet", "{*}langSec"):
            language = (language_set.get(XML_LANG) or "").lower()[:2]
            if language not in by_language:
                continue
            for term in language_set.iter("{*}term"):
                parent = term.getparent()
                notes = [n.text or "" for n in parent.iter("{*}termNote") if n.get("type") == "administrativeStatus"]
                by_language[language].append(("".join(term.itertext()).strip(), _status(notes[0]) if notes else
                                              "preferred"))
        for zh, zh_status in by_language["zh"]:
            for en, en_status in by_language["en"]:
                # A forbidden English term is what check reports; a forbidden Chinese term too.
                status = en_status if en_status != "preferred" else zh_status
                terms.append(GlossaryTerm(zh, en, status))
    return terms


def read_glossary(path: Path | str) -> list[GlossaryTerm]:
    path = Path(path)
    data = read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        return read_tbx(path, data)
    text, _ = decode(data, path)
    text = text.lstrip("\ufeff")
    if suffix == ".csv":
        return read_csv(path, text)
    return read_tsv(path, text)
